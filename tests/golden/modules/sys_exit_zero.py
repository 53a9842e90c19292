# Checks sys.exit(0): exit status 0, nothing after it runs, finally blocks still run.
import sys
print("before exit")
try:
    sys.exit(0)
finally:
    print("finally runs during SystemExit")
print("not reached")
