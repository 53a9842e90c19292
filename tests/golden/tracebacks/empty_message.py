# Checks the traceback's last line for exceptions with an empty message ('Exception', no colon).
def fail():
    raise Exception("")
print("about to raise an Exception with an empty message")
fail()
