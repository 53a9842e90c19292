package skein.stress.lockfree;

import skein.gc.RefCount;
import skein.interpreter.objects.PyModule;
import skein.interpreter.objects.PyObj;
import skein.interpreter.objects.PyStr;
import skein.interpreter.runtime.Interpreter;
import skein.interpreter.runtime.PyThreadState;
import skein.interpreter.runtime.Runtime;

/**
 * The interpreter, initialised once per test VM for the harnesses of this package, and (in
 * {@link Fns}, compiled only by the harnesses that use them) the Python functions the
 * eval-loop harnesses call from their actors: function objects are deferred, so actors
 * calling them never touch their counts.
 */
final class Interp {
    private Interp() {}

    static final PyThreadState BOOT = PyThreadState.create("lockfree-boot");

    static {
        Runtime.init(BOOT);
    }

    /** Forces the initialisation (the harnesses' state constructors call it). */
    static void init() {}

    /** The functions of the eval-loop harnesses, compiled on first use. */
    static final class Fns {
        private Fns() {}

        static final PyObj ADD, TAKE, PUT, GET;

        static {
            PyModule m = Interpreter.execModule(BOOT, "lockfree_harness", "<lockfree>", """
                    def add(lst, x):
                        lst.append(x)
                    def take(lst):
                        return lst.pop()
                    def put(d, v):
                        d["k"] = v
                    def get(d):
                        return d.get("k")
                    """);
            ADD = fn(m, "add");
            TAKE = fn(m, "take");
            PUT = fn(m, "put");
            GET = fn(m, "get");
            RefCount.decref(m, BOOT); // sys.modules keeps it
        }

        private static PyObj fn(PyModule m, String name) {
            PyObj f = m.dict.getStrRef(PyStr.intern(name), BOOT);
            if (f == null) throw new IllegalStateException("no " + name);
            return f;
        }
    }
}
