# Checks an uncaught error raised in a generator nested inside another generator.
def parse(lines):
    for ln in lines:
        key, value = ln.split("=")
        yield key.strip(), value.strip()
def settings(lines):
    for k, v in parse(lines):
        yield k.upper(), v
for k, v in settings(["a = 1", "b=2", "broken line", "c=3"]):
    print(k, v)
