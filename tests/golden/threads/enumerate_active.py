# current_thread/main_thread/enumerate/active_count while threads run and after they end
import threading

main = threading.main_thread()
print(main is threading.current_thread(), type(main).__name__, main.name, main.is_alive())
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(main.ident == threading.get_ident(), isinstance(threading.get_native_id(), int))

started = threading.Semaphore(0)
stop = threading.Event()
inside = {}
lock = threading.Lock()


def body():
    me = threading.current_thread()
    with lock:
        inside[me.name] = (me is threading.current_thread(), me.ident == threading.get_ident(),
                           threading.main_thread() is main, me in threading.enumerate())
    started.release()
    stop.wait()


ts = [threading.Thread(target=body, name='w%d' % k) for k in range(4)]
for t in ts:
    t.start()
for _ in ts:
    started.acquire()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(sorted(inside.items()))
print([t.is_alive() for t in ts])
stop.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()], [t.is_alive() for t in ts])

# a thread that was created but not started is not listed
idle = threading.Thread(target=body, name='idle')
print(idle in threading.enumerate(), threading.active_count())
print(sorted(n for n in ('Thread', 'Lock', 'RLock', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Event',
                         'Barrier', 'Timer', 'local', 'current_thread', 'main_thread', 'enumerate',
                         'active_count', 'excepthook', 'ExceptHookArgs', 'get_ident', 'get_native_id',
                         'TIMEOUT_MAX', 'ThreadError', 'stack_size', 'BrokenBarrierError')
             if n in threading.__all__))
print(threading.stack_size())
