# threading.Timer: fires once after its interval with args/kwargs; cancel() before it fires stops it
import threading
import time

fired = []


def note(label, suffix=''):
    fired.append(label + suffix)


t = threading.Timer(0.02, note, args=('first',), kwargs={'suffix': '!'})
print(t.interval, t.args, t.kwargs, t.finished.is_set())
start = time.monotonic()
t.start()
t.join()
print(fired, time.monotonic() - start >= 0.015, t.finished.is_set())

c = threading.Timer(10, note, args=('cancelled',))
c.start()
c.cancel()
c.join()
print(fired, c.is_alive())

early = threading.Timer(0.01, note, ['list args'])
early.cancel()          # cancelled before it even started
early.start()
early.join()
print(fired)

zero = threading.Timer(0, note, ('zero',))
zero.start()
zero.join()
print(fired, zero.daemon)


class Repeater(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
            if len(fired) >= 6:
                self.cancel()


r = Repeater(0.005, note, ('tick',))
r.start()
r.join()
print(fired)
