# Checks an uncaught KeyError raised in a nested function call (exit 1, last line "KeyError: 'beta'").
config = {"alpha": 1}
def get(key):
    return config[key]
def describe(keys):
    for k in keys:
        print(k, get(k))
describe(["alpha", "beta"])
