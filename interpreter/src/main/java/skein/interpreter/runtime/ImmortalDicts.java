package skein.interpreter.runtime;

import skein.interpreter.objects.PyDict;

/** Process-wide dictionaries that live as long as the runtime (sys.modules). */
final class ImmortalDicts {
    private ImmortalDicts() {}

    static PyDict make() {
        return PyDict.newImmortal();
    }
}
