# Checks an uncaught error raised in a key function called back from the builtin sorted().
def by_priority(task):
    return {"high": 0, "mid": 1, "low": 2}[task[1]]
tasks = [("write", "mid"), ("test", "high"), ("ship", "urgent")]
print(sorted(tasks[:2], key=by_priority))
print(sorted(tasks, key=by_priority))
