package skein.interpreter.runtime;

import skein.gc.RefCount;
import skein.interpreter.bytecode.Code;
import skein.interpreter.objects.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Binding a call's arguments to a new frame's parameters (CPython's
 * {@code initialize_locals}), with CPython 3.11's messages for every mismatch. Arguments
 * are borrowed: the frame takes its own stack references.
 */
final class Calls {
    private Calls() {}

    /**
     * Whether a call with {@code nargs} positional arguments and no keywords binds them one to
     * one to the parameters: exactly that many positional parameters, no keyword-only ones,
     * no {@code *args} nor {@code **kwargs}. Then there is nothing to check and no default.
     */
    private static boolean isSimpleCall(PyCode pc, int nargs) {
        return nargs == pc.simpleArgCount;
    }

    /**
     * The eval loop's CALL of a Python function with positional arguments only: when the call
     * is simple ({@link #isSimpleCall}), the new frame takes over the caller's stack references
     * to the arguments ({@code src[off..off+nargs)} are set to null) instead of counting new
     * ones that the caller would drop right after. Returns null (and changes nothing) when the
     * call needs the general binding of {@link #newFrame}.
     */
    static Frame newFrameMovingArgs(PyThreadState ts, PyFunction fn, PyObj[] src, int off, int nargs) {
        PyCode pc = fn.code;
        if (!isSimpleCall(pc, nargs)) return null;
        Frame f = functionFrame(ts, pc, fn);
        PyObj[] slots = f.slots;
        // a loop, not System.arraycopy: calls pass 0-3 arguments, and the copy stub's call and
        // bulk card marking cost more than the stores (2% of a method-call loop in oop_disjoint_arraycopy)
        for (int i = 0; i < nargs; i++) {
            slots[i] = src[off + i];
            src[off + i] = null;
        }
        return f;
    }

    /** A frame for {@code fn}, holding a reference to it unless it is deferred (see {@link Frame#holdsFunction}). */
    private static Frame functionFrame(PyThreadState ts, PyCode pc, PyFunction fn) {
        Frame f = new Frame(pc, fn, fn.globals, fn.builtins, null);
        if (!fn.isDeferred()) {
            RefCount.incref(fn, ts);
            f.holdsFunction = true;
        }
        return f;
    }

    static Frame newFrame(PyThreadState ts, PyFunction fn, PyObj[] src, int off, int nargs, PyStr[] kwnames) {
        PyCode pc = fn.code;
        Code co = pc.code;
        Frame f = functionFrame(ts, pc, fn);
        PyObj[] slots = f.slots;
        if (kwnames == null && isSimpleCall(pc, nargs)) {
            // the common case: borrowed arguments become the parameters one to one
            for (int i = 0; i < nargs; i++) {
                PyObj v = src[off + i];
                RefCount.increfStack(v, ts);
                slots[i] = v;
            }
            return f;
        }
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = nargs - nkw;
        int argCount = co.argCount;
        int total = argCount + co.kwOnlyArgCount;
        int varargsSlot = co.hasVarargs() ? total : -1;
        int kwargsSlot = co.hasVarkeywords() ? total + (co.hasVarargs() ? 1 : 0) : -1;
        try {
            int ncopy = Math.min(npos, argCount);
            for (int i = 0; i < ncopy; i++) {
                PyObj v = src[off + i];
                RefCount.increfStack(v, ts);
                slots[i] = v;
            }
            if (npos > argCount) {
                if (varargsSlot < 0) throw tooManyPositional(ts, fn, npos, nkw, src, off, kwnames);
                PyObj[] extra = new PyObj[npos - argCount];
                for (int i = 0; i < extra.length; i++) {
                    PyObj v = src[off + argCount + i];
                    RefCount.incref(v, ts);
                    extra[i] = v;
                }
                slots[varargsSlot] = PyTuple.steal(ts, extra);
            } else if (varargsSlot >= 0) {
                slots[varargsSlot] = PyTuple.EMPTY;
            }
            PyDict kwdict = null;
            if (kwargsSlot >= 0) {
                kwdict = new PyDict(ts);
                slots[kwargsSlot] = kwdict;
            }
            for (int k = 0; k < nkw; k++) {
                PyStr name = kwnames[k];
                PyObj v = src[off + npos + k];
                int idx = -1;
                for (int p = co.posOnlyArgCount; p < total; p++) {
                    if (pc.localsNames[p] == name || pc.localsNames[p].value.equals(name.value)) {
                        idx = p;
                        break;
                    }
                }
                if (idx < 0) {
                    if (kwdict != null) {
                        if (kwdict.getStr(name) != null) {
                            throw Exceptions.typeError(ts, fn.qualname.value + "() got multiple values for keyword argument '" + name.value + "'");
                        }
                        kwdict.putStr(name, v, ts);
                        continue;
                    }
                    if (isPosOnly(co, pc, name)) {
                        // CPython reports every positional-only name passed by keyword at once
                        List<String> bad = new ArrayList<>();
                        for (PyStr kn : kwnames) if (isPosOnly(co, pc, kn)) bad.add(kn.value);
                        throw Exceptions.typeError(ts, fn.qualname.value
                                + "() got some positional-only arguments passed as keyword arguments: '" + String.join(", ", bad) + "'");
                    }
                    throw Exceptions.typeError(ts, fn.qualname.value + "() got an unexpected keyword argument '" + name.value + "'");
                }
                if (slots[idx] != null) {
                    throw Exceptions.typeError(ts, fn.qualname.value + "() got multiple values for argument '" + name.value + "'");
                }
                RefCount.increfStack(v, ts);
                slots[idx] = v;
            }
            // defaults for the missing positional parameters
            if (npos < argCount) {
                PyTuple defs = fn.defaults;
                int ndefs = defs == null ? 0 : defs.size();
                int firstDefault = argCount - ndefs;
                List<String> missing = null;
                for (int i = npos; i < argCount; i++) {
                    if (slots[i] != null) continue;
                    if (i >= firstDefault) {
                        PyObj d = defs.get(i - firstDefault);
                        RefCount.increfStack(d, ts);
                        slots[i] = d;
                    } else {
                        if (missing == null) missing = new ArrayList<>();
                        missing.add(pc.localsNames[i].value);
                    }
                }
                if (missing != null) throw missingArgs(ts, fn, missing, "positional");
            }
            if (co.kwOnlyArgCount > 0) {
                List<String> missing = null;
                for (int i = argCount; i < total; i++) {
                    if (slots[i] != null) continue;
                    PyObj d = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(pc.localsNames[i]);
                    if (d != null) {
                        RefCount.increfStack(d, ts);
                        slots[i] = d;
                    } else {
                        if (missing == null) missing = new ArrayList<>();
                        missing.add(pc.localsNames[i].value);
                    }
                }
                if (missing != null) throw missingArgs(ts, fn, missing, "keyword-only");
            }
        } catch (PyException e) {
            clearSlots(ts, f);
            throw e;
        }
        return f;
    }

    private static boolean isPosOnly(Code co, PyCode pc, PyStr name) {
        for (int p = 0; p < co.posOnlyArgCount; p++) if (pc.localsNames[p].value.equals(name.value)) return true;
        return false;
    }

    static void clearSlots(PyThreadState ts, Frame f) {
        if (f.frameObject != null) releaseFrameObject(ts, f);
        PyObj[] s = f.slots;
        int n = Math.max(f.sp, f.code.nlocalsplus);
        for (int i = 0; i < n; i++) {
            PyObj v = s[i];
            if (v != null) {
                s[i] = null;
                RefCount.decrefStack(v, ts);
            }
        }
        f.sp = f.code.nlocalsplus;
        if (f.holdsFunction) {
            f.holdsFunction = false;
            RefCount.decref(f.function, ts);
        }
        PyObj self = f.initSelf;
        if (self != null) {
            f.initSelf = null;
            RefCount.decref(self, ts);
        }
    }

    /**
     * The exiting frame drops its reference to its frame object; if someone else still holds
     * that object (a traceback, a variable), the fast locals move into it first, so that it keeps
     * showing them (CPython's take_ownership). Runs before the slots are cleared.
     */
    private static void releaseFrameObject(PyThreadState ts, Frame f) {
        PyFrame p = (PyFrame) f.frameObject;
        f.frameObject = null;
        if (!RefCount.isUniquelyReferenced(p, ts)) {
            int n = f.code.nlocalsplus;
            PyObj[] s = f.slots;
            PyObj[] locals = new PyObj[n];
            for (int i = 0; i < n; i++) {
                PyObj v = s[i];
                if (v == null) continue;
                s[i] = null;
                locals[i] = Eval.unown(v, ts);
            }
            // the caller of a returning function frame (a finished generator's frame has none, as in
            // CPython; a frame that never ran or is suspended has a stale back, or none)
            PyFrame back = ts.frame == f && f.generator == null && f.back != null ? PyFrame.of(ts, f.back) : null;
            p.takeOwnership(ts, locals, back);
        }
        RefCount.decref(p, ts);
    }

    private static PyException missingArgs(PyThreadState ts, PyFunction fn, List<String> names, String kind) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) b.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            b.append('\'').append(names.get(i)).append('\'');
        }
        int n = names.size();
        return Exceptions.typeError(ts, fn.qualname.value + "() missing " + n + " required " + kind + " argument"
                + (n == 1 ? "" : "s") + ": " + b);
    }

    private static PyException tooManyPositional(PyThreadState ts, PyFunction fn, int given, int nkw, PyObj[] src, int off, PyStr[] kwnames) {
        Code co = fn.code.code;
        int ndefs = fn.defaults == null ? 0 : fn.defaults.size();
        int max = co.argCount, min = co.argCount - ndefs;
        String takes = min == max ? String.valueOf(max) : "from " + min + " to " + max;
        int kwonlyGiven = 0;
        if (kwnames != null) {
            for (PyStr k : kwnames) {
                for (int p = co.argCount; p < co.argCount + co.kwOnlyArgCount; p++) {
                    if (fn.code.localsNames[p].value.equals(k.value)) kwonlyGiven++;
                }
            }
        }
        String given2 = given + (kwonlyGiven > 0 ? " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven
                + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ")" : "");
        String verb = given == 1 && kwonlyGiven == 0 ? "was" : "were";
        return Exceptions.typeError(ts, fn.qualname.value + "() takes " + takes + " positional argument"
                + (max == 1 && min == max ? "" : "s") + " but " + given2 + " " + verb + " given");
    }
}
