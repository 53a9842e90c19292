# Checks an uncaught RecursionError from infinite mutual recursion (last line of the traceback).
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
print("start")
ping(0)
