# Checks that an exception raised in finally replaces the original one (uncaught, exit 1).
def work():
    try:
        print("working")
        raise ValueError("original problem")
    finally:
        print("cleaning up")
        raise RuntimeError("cleanup failed")
work()
