# Checks an uncaught exception raised while handling another (implicit context, exit 1).
def cleanup(resource):
    raise RuntimeError(f"cleanup of {resource} failed")
def process():
    try:
        [1, 2, 3][10]
    except IndexError:
        cleanup("buffer")
print("processing")
process()
