# Checks an exception unwinding through 20,000 frames that each have try/finally and try/except.
import sys
sys.setrecursionlimit(50000)
finally_runs = 0
def nest(n):
    global finally_runs
    try:
        if n == 0:
            raise ValueError("bottom reached")
        try:
            return nest(n - 1)
        except KeyError:
            return "wrong handler"
    finally:
        finally_runs += 1
try:
    nest(20000)
except ValueError as e:
    print("caught:", e, "finally blocks run:", finally_runs)
def catch_at(n, target):
    try:
        if n == 0:
            raise LookupError("deep")
        return catch_at(n - 1, target)
    except LookupError:
        if n == target:
            return f"handled at level {n}"
        raise
print(catch_at(15000, 7500))
