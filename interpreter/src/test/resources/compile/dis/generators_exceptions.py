def gen(n):
    try:
        for i in range(n):
            received = yield i
            if received is not None:
                print("got", received)
    finally:
        print("closing")
    return n

def delegate(n):
    result = yield from gen(n)
    return result * 2

def lines(path):
    with open(path) as fh:
        for line in fh:
            if not line:
                continue
            yield line.rstrip()

def retry(f, attempts=3):
    for attempt in range(attempts):
        try:
            return f()
        except (ValueError, TypeError) as e:
            last = e
        except Exception:
            raise
        else:
            break
        finally:
            print("attempt", attempt)
    raise RuntimeError("failed") from last

squares = {x: x * x for x in range(5) if x % 2}
pairs = [(a, b) for a in range(3) for b in "ab"]
total = sum(x for x in range(10))
if __name__ == '__main__':
    print(squares, pairs, total)
