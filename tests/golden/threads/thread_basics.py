# Thread basics: target with args/kwargs, start/join, is_alive, results collected after the joins
import threading


def shape(t):
    # repr without the ident, which differs from run to run
    r = repr(t)
    if t.ident is not None:
        r = r[:r.rfind(' ')] + ')>'
    return r


results = {}


def square(n, scale=1):
    results[n] = n * n * scale


t = threading.Thread(target=square, args=(3,), kwargs={'scale': 10})
print(shape(t), t.is_alive(), t.ident is None, t.native_id is None)
t.start()
t.join()
print(shape(t), t.is_alive(), t.ident is None, isinstance(t.native_id, int))
print(results)

threads = [threading.Thread(target=square, args=(i,)) for i in range(10)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(results.items()))
print([th.name for th in threads][:3], all(not th.is_alive() for th in threads))

# join can be repeated, and join(timeout) on a finished thread returns at once
threads[0].join()
threads[0].join(0)
threads[0].join(-5)
print('joined again')

# a thread without a target does nothing
empty = threading.Thread()
empty.start()
empty.join()
print(shape(empty))

# the target's return value is ignored; run() can be called directly (in this thread)
seen = []
direct = threading.Thread(target=lambda: seen.append(threading.current_thread().name), name='direct')
direct.run()
print(seen, shape(direct))

# idents of different live threads differ; a thread's ident is get_ident() inside it
idents = []
gate = threading.Event()


def record():
    idents.append(threading.get_ident() == threading.current_thread().ident)
    gate.wait()


pair = [threading.Thread(target=record) for _ in range(2)]
for th in pair:
    th.start()
gate.set()
for th in pair:
    th.join()
print(idents, pair[0].ident != pair[1].ident, pair[0].ident != threading.get_ident())
