# Thread misuse gives CPython's RuntimeErrors; ends with an uncaught "threads can only be started once"
import threading


def attempt(label, fn):
    try:
        fn()
    except RuntimeError as e:
        print(label, '->', type(e).__name__, e)
    except AssertionError as e:
        print(label, '-> AssertionError', e)


t = threading.Thread(target=lambda: None)
attempt('join before start', t.join)
attempt('join before start, timeout', lambda: t.join(1))
t.start()
t.join()
attempt('start twice', t.start)
attempt('daemon after start', lambda: setattr(t, 'daemon', True))
attempt('join main from main', threading.main_thread().join)
attempt('join current', threading.current_thread().join)

# a thread joining itself
inner = []


def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        inner.append(str(e))


s = threading.Thread(target=self_join)
s.start()
s.join()
print('inside:', inner)


class Forgetful(threading.Thread):
    def __init__(self):
        self.x = 1   # Thread.__init__ not called


f = Forgetful()
attempt('start uninitialised', f.start)
attempt('join uninitialised', f.join)
attempt('daemon uninitialised', lambda: setattr(f, 'daemon', True))
attempt('name uninitialised', lambda: f.name)
attempt('is_alive uninitialised', f.is_alive)
attempt('repr uninitialised', lambda: repr(f))

# group must be None
try:
    threading.Thread(group='g')
except AssertionError as e:
    print('group ->', e)

# starting a finished thread again is an error too (uncaught here)
again = threading.Thread(target=lambda: None)
again.start()
again.join()
again.start()
print('not reached')
