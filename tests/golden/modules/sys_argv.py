# Checks sys.argv for a program run as 'python3 NAME.py' (argv[0] is just the file name).
import sys
print(sys.argv, len(sys.argv), type(sys.argv).__name__)
print(sys.argv[0].endswith(".py"), sys.argv[1:])
