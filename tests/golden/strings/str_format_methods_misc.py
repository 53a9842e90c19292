# Checks str.format_map-free formatting helpers: str.format with indexes, attributes and items.
class P:
    x = 3
    y = 4
d = {"name": "Ada", "langs": ["py", "java"]}
print("{0} {1} {0}".format("a", "b"))
print("{} + {} = {}".format(1, 2, 3))
print("{name} knows {langs[1]}".format(**d))
print("{p.x},{p.y}".format(p=P))
print("{0[0]}-{0[2]}".format("xyz"))
print("{{literal}} {}".format("braces"))
print("{:>5}|{:<5}|{:^5}|".format("a", "b", "c"))
print("{!r} {!s} {!a}".format("hé", "hé", "hé"))
print("{0:{1}}|".format("w", 4), "{:{fill}{align}{width}}".format(3, fill="*", align="^", width=7))
