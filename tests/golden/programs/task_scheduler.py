# Checks a round-robin scheduler of generator-based tasks with messages, sleeping and task failures.
class Task:
    next_id = 1
    def __init__(self, name, gen):
        self.id = Task.next_id
        Task.next_id += 1
        self.name, self.gen = name, gen
        self.inbox = []
        self.wake_at = 0
        self.result = None
    def __repr__(self):
        return f"<{self.name}#{self.id}>"

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
class Send:
    def __init__(self, to, msg):
        self.to, self.msg = to, msg
class Recv:
    pass

class Scheduler:
    def __init__(self):
        self.tasks = []
        self.by_name = {}
        self.clock = 0
        self.log = []
    def spawn(self, name, gen):
        t = Task(name, gen)
        self.tasks.append(t)
        self.by_name[name] = t
        return t
    def run(self, max_ticks=100):
        while self.tasks and self.clock < max_ticks:
            self.clock += 1
            for t in list(self.tasks):
                if t.wake_at > self.clock:
                    continue
                value = t.inbox.pop(0) if t.inbox and getattr(t, "waiting", False) else None
                if getattr(t, "waiting", False) and value is None:
                    continue
                t.waiting = False
                try:
                    req = t.gen.send(value)
                except StopIteration as e:
                    t.result = e.value
                    self.log.append(f"t{self.clock} {t.name} finished -> {e.value!r}")
                    self.tasks.remove(t)
                    continue
                except Exception as e:
                    self.log.append(f"t{self.clock} {t.name} crashed: {type(e).__name__}: {e}")
                    self.tasks.remove(t)
                    continue
                if isinstance(req, Sleep):
                    t.wake_at = self.clock + req.ticks
                elif isinstance(req, Send):
                    self.by_name[req.to].inbox.append((t.name, req.msg))
                elif isinstance(req, Recv):
                    t.waiting = True
        return self.clock

def producer(n):
    for i in range(n):
        yield Send("consumer", i * i)
        yield Sleep(2)
    yield Send("consumer", None)
    return f"sent {n}"

def consumer():
    total = 0
    while True:
        sender, msg = yield Recv()
        print(f"  consumer got {msg!r} from {sender}")
        if msg is None:
            return total
        total += msg

def ticker(k):
    for i in range(k):
        print(f"  tick {i}")
        yield Sleep(3)
    return "ticked"

def crasher():
    yield Sleep(4)
    return 1 // 0

s = Scheduler()
s.spawn("producer", producer(4))
s.spawn("consumer", consumer())
s.spawn("ticker", ticker(3))
s.spawn("crasher", crasher())
print("ended at tick", s.run())
for line in s.log:
    print(line)
print([(t.name, t.result) for t in s.by_name.values()])
