# Checks empty bodies using pass and ..., and trivially true/false loops.
def nothing():
    pass
def dots():
    ...
class Empty:
    pass
print(nothing(), dots(), Empty.__name__)
if True:
    pass
for _ in range(2):
    ...
while False:
    pass
print("done")
