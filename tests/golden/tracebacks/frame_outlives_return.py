# A frame object outlives its frame: after the function returns, the frame object (kept by a
# variable or by a traceback) still shows the frame's locals, its caller and its line, as CPython's
# frames do; a traceback kept in a local makes a cycle that gc.collect() frees.
import sys
import gc


def returns_its_frame(a, b):
    c = a + b
    cells = [a, b]
    return sys._getframe()


fr = returns_its_frame(1, 2)
print(sorted(fr.f_locals.items()))
print(fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_lineno)


def raises():
    x = [1, 2]
    raise ValueError("boom")


def calls():
    y = "hello"
    raises()


try:
    calls()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        names = sorted(k for k in frame.f_locals if not k.startswith("__"))
        if frame.f_code.co_name != "<module>":
            print(frame.f_code.co_name, tb.tb_lineno, [(k, frame.f_locals[k]) for k in names])
        tb = tb.tb_next
del tb, frame


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def keeps_local_in_traceback():
    d = Noisy("local of a frame in a traceback")
    raise KeyError(1)


try:
    keeps_local_in_traceback()
except KeyError as e:
    err = e
print("the exception still holds the frame")
del err
print("the exception is gone")


def gen():
    z = 5
    yield sys._getframe()
    w = 6
    yield 2


it = gen()
gf = next(it)
print("suspended", gf.f_locals, gf.f_back)
print(list(it))
print("finished", gf.f_locals, gf.f_back)
del it, gf


def outer():
    def inner():
        return sys._getframe(1)
    q = 7
    return inner()


o = outer()
print(sorted(o.f_locals), o.f_back.f_code.co_name)
del o


def makes_a_cycle():
    d = Noisy("in a cycle through a traceback")
    try:
        raise ValueError
    except ValueError as e:
        saved = e
    return 1


gc.disable()
makes_a_cycle()
print("returned")
print("collected something:", gc.collect() > 0)
print("done")
