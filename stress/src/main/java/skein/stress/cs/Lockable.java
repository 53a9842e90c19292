package skein.stress.cs;

import skein.gc.PyObject;

/**
 * The object the critical-section harnesses lock: immortal (no refcounting, no thread state
 * needed), with two plain counters that only code holding its mutex may touch.
 */
public final class Lockable extends PyObject {
    public int x;
    public int y;

    public Lockable() {
        super();
    }
}
