# At exit, non-daemon threads are waited for (the main thread does not join them); daemon threads are not
import threading

forever = threading.Lock()
forever.acquire()
main_done = threading.Event()
worker_done = threading.Event()
spawner_done = threading.Event()


def stuck():
    forever.acquire()          # never released: a daemon thread may stay blocked at exit
    print('never printed')


def worker():
    main_done.wait()
    print('worker finished after main')
    worker_done.set()


def grandchild():
    spawner_done.wait()
    print('grandchild finished after main')


def spawner():
    worker_done.wait()
    # a non-daemon thread started while the program is already shutting down is waited for too
    threading.Thread(target=grandchild).start()
    print('spawner finished after main')
    spawner_done.set()


threading.Thread(target=stuck, daemon=True).start()
threading.Thread(target=worker).start()
threading.Thread(target=spawner).start()
print('main thread done; active threads:', threading.active_count())
main_done.set()
