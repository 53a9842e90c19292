# Checks nested dicts: deep access, updates, a recursive merge and a recursive repr printer.
cfg = {"db": {"host": "localhost", "port": 5432}, "debug": False, "paths": ["/a", "/b"]}
cfg["db"]["port"] += 1
cfg.setdefault("cache", {})["size"] = 64
print(cfg)
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out
print(merge(cfg, {"db": {"user": "me", "port": 1}, "debug": True}))
def walk(d, prefix=""):
    for k, v in d.items():
        if isinstance(v, dict):
            walk(v, prefix + k + ".")
        else:
            print(prefix + k, "=", v)
walk(cfg)
