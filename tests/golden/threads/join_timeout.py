# join(timeout) returns while the thread still runs; is_alive tells; a later join waits for the end
import threading
import time

release = threading.Event()
finished = []


def sleeper():
    release.wait()
    time.sleep(0.05)
    finished.append('sleeper done')


t = threading.Thread(target=sleeper)
t.start()
start = time.monotonic()
t.join(0.05)
waited = time.monotonic() - start
print('after join(0.05):', t.is_alive(), waited >= 0.04, finished)
t.join(timeout=0)
print('after join(0):', t.is_alive())
t.join(-1)
print('after join(-1):', t.is_alive())
release.set()
t.join(10)
print('after join(10):', t.is_alive(), finished)

# a sleeping thread (long enough that a busy machine cannot make it end during join(0.02))
s = threading.Thread(target=time.sleep, args=(1.0,))
start = time.monotonic()
s.start()
s.join(0.02)
print('sleeping thread alive:', s.is_alive())
s.join()
print('sleeping thread alive after join:', s.is_alive(), time.monotonic() - start >= 0.95)

# is_alive is True while run() runs and False after
inside = []
gate = threading.Event()


def check():
    inside.append(threading.current_thread().is_alive())
    gate.wait()


c = threading.Thread(target=check)
print(c.is_alive())
c.start()
print(c.is_alive())
gate.set()
c.join()
print(c.is_alive(), inside)
