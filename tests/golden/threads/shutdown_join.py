# At exit, non-daemon threads are waited for (the main thread does not join them); daemon threads are not
import threading
import time

forever = threading.Lock()
forever.acquire()


def stuck():
    forever.acquire()          # never released: a daemon thread may stay blocked at exit
    print('never printed')


def late(label, delay):
    time.sleep(delay)
    print(label, 'finished after main')


def spawner():
    time.sleep(0.2)
    # a non-daemon thread started while the program is already shutting down is waited for too
    threading.Thread(target=late, args=('grandchild', 0.2)).start()
    print('spawner finished after main')


threading.Thread(target=stuck, daemon=True).start()
threading.Thread(target=late, args=('worker', 0.05)).start()
threading.Thread(target=spawner).start()
print('main thread done; active threads:', threading.active_count())
