"""Richards: an operating-system task scheduler simulation (after Martin
Richards' classic benchmark), written from the algorithm's description.

Six tasks (idle, worker, two handlers, two devices) pass packets through
per-task input queues; a scheduler picks the highest-priority runnable task.
Exercises: classes and subclasses, method calls (virtual dispatch), attribute
reads and writes, linked lists built from objects, None checks.
Argument: the number of scheduler runs (each one a full 10000-tick simulation).
"""
import sys

ID_IDLE = 0
ID_WORKER = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
TASK_COUNT = 6

KIND_DEVICE = 0
KIND_WORK = 1

BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.value = 0
        self.buffer = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Append self to the end of the queue starting at `queue`; return the head."""
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue


class Task:
    """A task control block plus the task's behaviour (the `step` method)."""

    def __init__(self, kernel, ident, priority, inbox):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.inbox = inbox
        self.has_packet = inbox is not None
        self.waiting = inbox is not None
        self.held = False
        self.next = kernel.tasks_head
        kernel.tasks_head = self
        kernel.table[ident] = self

    def blocked(self):
        return self.held or (self.waiting and not self.has_packet)

    def run(self):
        packet = None
        if self.has_packet and self.waiting and not self.held:
            packet = self.inbox
            self.inbox = packet.link
            self.waiting = False
            self.has_packet = self.inbox is not None
        return self.step(packet)

    def deliver(self, sender, packet):
        """Put `packet` in this task's inbox; return the task to run next."""
        if self.inbox is None:
            self.inbox = packet
            self.has_packet = True
            if self.priority > sender.priority:
                return self
        else:
            self.inbox = packet.append_to(self.inbox)
        return sender

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, kernel, ticks):
        Task.__init__(self, kernel, ID_IDLE, 0, None)
        self.seed = 1
        self.ticks = ticks

    def step(self, packet):
        k = self.kernel
        self.ticks -= 1
        if self.ticks == 0:
            return k.hold_current()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return k.release(ID_DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return k.release(ID_DEVICE_B)


class WorkerTask(Task):
    def __init__(self, kernel, inbox):
        Task.__init__(self, kernel, ID_WORKER, 1000, inbox)
        self.target = ID_HANDLER_A
        self.letter = 0

    def step(self, packet):
        k = self.kernel
        if packet is None:
            return k.wait_current()
        self.target = ID_HANDLER_B if self.target == ID_HANDLER_A else ID_HANDLER_A
        packet.owner = self.target
        packet.value = 0
        buf = packet.buffer
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            buf[i] = self.letter
        return k.send(packet)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, inbox):
        Task.__init__(self, kernel, ident, priority, inbox)
        self.jobs = None        # work packets waiting to be split up
        self.devices = None     # device packets free to carry one character

    def step(self, packet):
        k = self.kernel
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.jobs = packet.append_to(self.jobs)
            else:
                self.devices = packet.append_to(self.devices)
        job = self.jobs
        if job is not None:
            pos = job.value
            if pos < BUFFER_SIZE:
                dev = self.devices
                if dev is not None:
                    self.devices = dev.link
                    dev.value = job.buffer[pos]
                    job.value = pos + 1
                    return k.send(dev)
            else:
                self.jobs = job.link
                return k.send(job)
        return k.wait_current()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        Task.__init__(self, kernel, ident, priority, None)
        self.waiting = True
        self.pending = None
        self.output = 0

    def step(self, packet):
        k = self.kernel
        if packet is None:
            p = self.pending
            if p is None:
                return k.wait_current()
            self.pending = None
            return k.send(p)
        self.pending = packet
        self.output = (self.output * 31 + packet.value) & 0xFFFF
        return k.hold_current()


class Kernel:
    def __init__(self):
        self.tasks_head = None
        self.table = [None] * TASK_COUNT
        self.current = None
        self.sent = 0
        self.holds = 0

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def hold_current(self):
        self.holds += 1
        cur = self.current
        cur.held = True
        return cur.next

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def send(self, packet):
        target = self.table[packet.owner]
        self.sent += 1
        packet.link = None
        packet.owner = self.current.ident
        return target.deliver(self.current, packet)

    def schedule(self):
        task = self.tasks_head
        while task is not None:
            if task.blocked():
                task = task.next
            else:
                self.current = task
                task = task.run()


def simulate(ticks):
    k = Kernel()
    IdleTask(k, ticks)
    inbox = Packet(None, 0, KIND_WORK)
    inbox = Packet(inbox, 0, KIND_WORK)
    WorkerTask(k, inbox)
    for ident, prio in ((ID_HANDLER_A, 2000), (ID_HANDLER_B, 3000)):
        device = ID_DEVICE_A if ident == ID_HANDLER_A else ID_DEVICE_B
        inbox = Packet(None, device, KIND_DEVICE)
        inbox = Packet(inbox, device, KIND_DEVICE)
        inbox = Packet(inbox, device, KIND_DEVICE)
        HandlerTask(k, ident, prio, inbox)
    DeviceTask(k, ID_DEVICE_A, 4000)
    DeviceTask(k, ID_DEVICE_B, 5000)
    k.schedule()
    out = (k.table[ID_DEVICE_A].output << 16) | k.table[ID_DEVICE_B].output
    return k.sent, k.holds, out


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 45
    result = None
    for _ in range(runs):
        r = simulate(10000)
        if result is not None and r != result:
            print("richards: runs disagree")
            sys.exit(1)
        result = r
    print("richards runs=%d packets=%d holds=%d output=%08x" % ((runs,) + result))


main()
