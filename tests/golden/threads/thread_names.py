# Thread names: one process-wide counter for Thread-N, the "(target)" suffix, explicit names, the name setter
import threading


def work():
    pass


class Job:
    def __call__(self):
        pass


class Worker(threading.Thread):
    def run(self):
        pass


print(threading.main_thread().name, threading.current_thread().name)
a = threading.Thread(target=work)
b = threading.Thread(target=lambda: None)
c = threading.Thread(target=Job())          # no __name__: no suffix
d = threading.Thread(name='custom', target=work)  # an explicit name takes no number
e = threading.Thread()
f = Worker()
g = threading.Thread(name='', target=work)  # an empty name counts as none
h = threading.Thread(name=42)
for t in (a, b, c, d, e, f, g, h):
    print(repr(t.name), repr(t))

a.name = 'renamed'
print(a.name)
a.name = 7
print(repr(a.name))
timer = threading.Timer(10, work)
print(timer.name)

# names stay after the thread ran, and the counter keeps going
a.start()
a.join()
print(a.name, threading.Thread(target=work).name)


class Named(threading.Thread):
    def __init__(self, label):
        super().__init__(name='named-' + label)
        self.label = label

    def run(self):
        out.append((self.label, threading.current_thread().name))


out = []
ts = [Named(x) for x in 'xyz']
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
print(threading.Thread(target=work).name)
