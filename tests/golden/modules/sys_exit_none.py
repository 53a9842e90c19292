# Checks sys.exit() with no argument after output: exit status 0 and empty stderr.
import sys
for i in range(3):
    print("line", i)
    if i == 1:
        sys.exit()
