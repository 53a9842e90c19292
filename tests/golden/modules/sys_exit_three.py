# Checks sys.exit(3) from inside nested calls: exit status 3, empty stderr.
import sys
def inner(code):
    print("inner exiting with", code)
    sys.exit(code)
def outer():
    try:
        inner(3)
    except Exception:
        print("SystemExit is not an Exception; not caught here")
    print("not reached")
outer()
