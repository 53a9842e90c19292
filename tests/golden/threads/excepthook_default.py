# An exception escaping a thread is printed by the default excepthook; the program goes on (last stderr line is the error)
import threading


def fail(n):
    if n == 3:
        raise ValueError('bad item %d' % n)
    results.append(n)


results = []
t = threading.Thread(target=fail, args=(1,))
t.start()
t.join()
print('first ok', results)

print(threading.excepthook is threading.__excepthook__)
bad = threading.Thread(target=fail, args=(3,), name='worker-3')
bad.start()
bad.join()
print('after failure', bad.is_alive(), results)

# the failing thread is gone; the others still work
more = [threading.Thread(target=fail, args=(k,)) for k in (4, 5)]
for m in more:
    m.start()
for m in more:
    m.join()
print(sorted(results))
