package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.objects.*;

/**
 * The container operations the eval loop needs (BUILD_LIST, LIST_APPEND, BUILD_MAP, unpacking,
 * ...), gathered in one place so that the loop does not depend on each container's own API.
 * Conventions follow the instructions: "steal" arrays hand over the references they hold;
 * other arguments are borrowed.
 */
public final class Build {
    private Build() {}

    /** A new list holding the stolen references in items[0..n). */
    public static PyObj list(PyThreadState ts, PyObj[] items, int n) {
        return PyList.steal(ts, items, n);
    }

    public static void listAppend(PyThreadState ts, PyObj list, PyObj item) {
        ((PyList) list).append(ts, item);
    }

    public static void listExtend(PyThreadState ts, PyObj list, PyObj iterable) {
        ((PyList) list).extend(ts, iterable);
    }

    public static PyObj listToTuple(PyThreadState ts, PyObj list) {
        return ((PyList) list).toTuple(ts);
    }

    public static PyObj set(PyThreadState ts) {
        return PySet.newSet(ts);
    }

    public static void setAdd(PyThreadState ts, PyObj set, PyObj item) {
        ((PySet) set).add(ts, item);
    }

    public static void setUpdate(PyThreadState ts, PyObj set, PyObj iterable) {
        ((PySet) set).updateInternal(ts, iterable);
    }

    public static PyObj dict(PyThreadState ts) {
        return PyDict.newDict(ts);
    }

    public static void dictSet(PyThreadState ts, PyObj dict, PyObj key, PyObj value) {
        ((PyDict) dict).put(key, value, Keys.of(ts));
    }

    public static void dictUpdate(PyThreadState ts, PyObj dict, PyObj mapping) {
        ((PyDict) dict).updateFromMapping(ts, mapping);
    }

    /** f(**m): duplicate keys are a TypeError naming the function. */
    public static void dictMerge(PyThreadState ts, PyObj dict, PyObj mapping, PyObj function) {
        String name = Methods.funcName(function);
        if (name.endsWith("()")) name = name.substring(0, name.length() - 2);
        ((PyDict) dict).mergeKeywords(ts, mapping, name);
    }

    public static PyObj slice(PyThreadState ts, PyObj start, PyObj stop, PyObj step) {
        return new PySlice(ts, start, stop, step);
    }

    /** Exactly n items as new references, in order. */
    public static PyObj[] unpack(PyThreadState ts, PyObj seq, int n) {
        return Sequences.unpack(ts, seq, n);
    }

    /** before items, a list of the middle, after items: new references, in order. */
    public static PyObj[] unpackEx(PyThreadState ts, PyObj seq, int before, int after) {
        return Sequences.unpackEx(ts, seq, before, after);
    }

    /** The keys of a kwargs dict as names, with their values (borrowed) in valuesOut. */
    public static PyStr[] dictKeysForCall(PyThreadState ts, PyObj dict, PyObj[] valuesOut) {
        PyDict d = (PyDict) dict;
        PyStr[] names = new PyStr[d.size()];
        int i = 0;
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
            if (!(d.keyAt(e) instanceof PyStr k)) throw Exceptions.typeError(ts, "keywords must be strings");
            names[i] = PyStr.intern(k.value);
            valuesOut[i] = d.valueAt(e);
            i++;
        }
        return names;
    }

    public static int dictSize(PyObj dict) {
        return ((PyDict) dict).size();
    }
}
