# Checks catching SystemExit: its code attribute for int/None/str args, then raise SystemExit(7).
import sys
for arg in [(), (None,), (0,), (2,), ("msg",)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e), repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
print("now exiting with 7")
raise SystemExit(7)
