# Threads started by _thread directly appear as daemon _DummyThread objects named Dummy-N
import _thread
import threading

first = threading.Thread(target=lambda: None)    # takes Thread-1
print(first.name)
done = threading.Semaphore(0)
go = threading.Event()
info = []


def raw(tag):
    me = threading.current_thread()
    again = threading.current_thread()
    child = threading.Thread(target=lambda: None)
    info.append((tag, type(me).__name__, me.name, me.daemon, me.is_alive(), me is again,
                 me.ident == _thread.get_ident(), child.daemon))
    done.release()
    go.wait()   # both raw threads live at once, so that their idents differ


_thread.start_new_thread(raw, ('a',))
done.acquire()
_thread.start_new_thread(raw, ('b',), {})
done.acquire()
go.set()
for row in info:
    print(row)
print(threading.Thread(target=lambda: None).name)
dummies = sorted(t.name for t in threading.enumerate() if isinstance(t, threading._DummyThread))
print(dummies)
print(repr(threading.main_thread()).startswith('<_MainThread(MainThread, started '))
