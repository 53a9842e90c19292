# Checks print to sys.stderr and sys.stdout with flush; stderr's last line is recorded in .status.
import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
print("to stdout 2", flush=True)
sys.stdout.write("written directly\n")
n = sys.stderr.write("stderr via write\n")
print("write returned", n)
print("a", "b", sep="+", end="!\n", file=sys.stdout, flush=True)
print("final stderr line", 42, file=sys.stderr)
