package skein.interpreter.runtime;

import skein.interpreter.objects.PyObj;
import skein.interpreter.objects.PyStr;

/**
 * A function written in Java, callable from Python. The calling convention is CPython's
 * vectorcall: {@code args} holds the positional arguments followed by the values of the
 * keyword arguments, whose names are {@code kwnames} (null when there are none). Arguments
 * are borrowed; the result is a new reference. For a method of a builtin type,
 * {@code args[0]} is {@code self}.
 */
@FunctionalInterface
public interface NativeFn {
    PyObj call(PyThreadState ts, PyObj[] args, PyStr[] kwnames);
}
