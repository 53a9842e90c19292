# A custom threading.excepthook gets ExceptHookArgs; a hook that raises is reported too (last stderr line)
import threading

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback is not None))


threading.excepthook = hook


def boom(kind):
    raise kind('from ' + threading.current_thread().name)


for i, kind in enumerate((KeyError, ZeroDivisionError, RuntimeError)):
    t = threading.Thread(target=boom, args=(kind,), name='t%d' % i)
    t.start()
    t.join()
print(caught)


class Custom(threading.Thread):
    def run(self):
        raise TypeError('from run')


c = Custom(name='custom')
c.start()
c.join()
print(caught[-1])

# the args object is a struct sequence
seen = []
threading.excepthook = lambda args: seen.append((len(args), type(args).__name__, args[0].__name__, args[3].name))
t = threading.Thread(target=boom, args=(OSError,), name='seq')
t.start()
t.join()
print(seen)

# excepthook = None falls back on the hook that was in place when the thread was created
threading.excepthook = hook
t = threading.Thread(target=boom, args=(LookupError,), name='fallback')
threading.excepthook = None
t.start()
t.join()
print(caught[-1])
threading.excepthook = threading.__excepthook__


def broken_hook(args):
    raise AttributeError('the hook itself failed on ' + args.exc_type.__name__)


threading.excepthook = broken_hook
t = threading.Thread(target=boom, args=(IndexError,), name='last')
t.start()
t.join()
print('main continues')
