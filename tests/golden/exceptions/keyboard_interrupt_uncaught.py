# Checks the exit status (130, as SIGINT) when KeyboardInterrupt escapes the program.
print("before")
raise KeyboardInterrupt("stop")
