# Daemon flags: inherited from the creating thread, set by keyword or attribute, main and dummy threads
import threading
import _thread

print('main', threading.main_thread().daemon, threading.current_thread().daemon)

plain = threading.Thread(target=lambda: None)
kw = threading.Thread(target=lambda: None, daemon=True)
attr = threading.Thread(target=lambda: None)
attr.daemon = True
off = threading.Thread(target=lambda: None, daemon=True)
off.daemon = False
print(plain.daemon, kw.daemon, attr.daemon, off.daemon)
print(repr(kw).endswith(', initial daemon)>'), repr(plain).endswith(', initial)>'))

seen = {}


def spawn(label):
    child = threading.Thread(target=lambda: None)
    seen[label] = child.daemon
    child.start()
    child.join()


for label, flag in (('from daemon', True), ('from non-daemon', False)):
    t = threading.Thread(target=spawn, args=(label,), daemon=flag)
    t.start()
    t.join()

# a thread started by _thread itself is a daemon "dummy" thread, and so are its children
done = threading.Lock()
done.acquire()


def raw():
    seen['dummy'] = threading.current_thread().daemon
    spawn('from dummy')
    done.release()


_thread.start_new_thread(raw, ())
done.acquire()
print(sorted(seen.items()))

for t in (plain, kw, attr, off):
    t.start()
for t in (plain, kw, attr, off):
    t.join()
print([t.daemon for t in (plain, kw, attr, off)])
