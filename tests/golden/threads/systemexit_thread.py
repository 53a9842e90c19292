# SystemExit in a thread ends only that thread, silently; a custom hook still sees it
import sys
import threading

out = []


def leave(code):
    out.append('before exit %r' % (code,))
    sys.exit(code)
    out.append('not reached')


for code in (None, 0, 3, 'message'):
    t = threading.Thread(target=leave, args=(code,))
    t.start()
    t.join()
print(out)
print('main still running', threading.active_count())


def raise_it():
    raise SystemExit(5)


seen = []
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, args.exc_value.code))
t = threading.Thread(target=raise_it)
t.start()
t.join()
print(seen)
threading.excepthook = threading.__excepthook__

# a thread catching its own SystemExit keeps going
def careful():
    try:
        sys.exit(9)
    except SystemExit as e:
        out.append('caught %d' % e.code)


t = threading.Thread(target=careful)
t.start()
t.join()
print(out[-1])
print('done')
