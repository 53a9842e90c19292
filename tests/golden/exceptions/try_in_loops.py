# Checks try/except inside loops: continue after errors, collecting failures, retry counting.
inputs = ["10", "x", "3", "", "-7", "2.5"]
ok, bad = [], []
for s in inputs:
    try:
        n = int(s)
    except ValueError as e:
        bad.append(str(e))
        continue
    ok.append(n)
print(ok)
for b in bad:
    print(b)
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts} failed")
    return "success"
while True:
    try:
        print(flaky())
        break
    except ConnectionError as e:
        print("retry after:", e)
