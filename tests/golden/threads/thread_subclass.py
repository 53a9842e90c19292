# Subclassing Thread: overridden run, extra state, super().__init__ with keyword arguments
import threading


class Summer(threading.Thread):
    def __init__(self, numbers, label):
        super().__init__(name='summer-' + label, daemon=False)
        self.numbers = numbers
        self.total = None

    def run(self):
        total = 0
        for n in self.numbers:
            total += n
        self.total = total


class Chatty(threading.Thread):
    log = []

    def run(self):
        Chatty.log.append('run of ' + self.name)
        # the default run still calls the target
        super().run()


workers = [Summer(range(i * 100), str(i)) for i in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.name, w.total, w.is_alive())

hits = []
c = Chatty(target=hits.append, args=('target ran',), name='chatty')
c.start()
c.join()
print(Chatty.log, hits)


class Countdown(threading.Thread):
    def __init__(self, n, out):
        threading.Thread.__init__(self)
        self.n = n
        self.out = out

    def run(self):
        while self.n > 0:
            self.out.append(self.n)
            self.n -= 1


out = []
cd = Countdown(5, out)
print(type(cd).__name__, cd.name.startswith('Thread-'), repr(cd).startswith('<Countdown(Thread-'))
cd.start()
cd.join()
print(out)
print(isinstance(cd, threading.Thread), issubclass(threading.Timer, threading.Thread))
