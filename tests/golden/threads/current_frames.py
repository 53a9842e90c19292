# sys._current_frames(): every thread's innermost frame by ident, read while the others wait.
import sys
import threading

ready = threading.Event()
go = threading.Event()


def worker():
    ready.set()
    go.wait()


t = threading.Thread(target=worker, name="w")
t.start()
ready.wait()
frames = sys._current_frames()
print(threading.main_thread().ident in frames, t.ident in frames)
names = []
f = frames[t.ident]
while f is not None:
    names.append(f.f_code.co_name)
    f = f.f_back
print("worker" in names, names.index("worker") < names.index("run"))
print(frames[threading.get_ident()].f_code.co_name)
go.set()
t.join()
print(t.ident in sys._current_frames())
