package skein.gc;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * One thread's tracked container objects: the candidates of the cycle collector. CPython's
 * free-threaded build finds them by walking mimalloc's GC heaps; a Java runtime has no heap to
 * walk, so each thread keeps its own list (DESIGN.md, "Cycle collector").
 *
 * <p>Only the owning thread appends, with plain writes, so tracking a new object costs an array
 * store and takes no lock. An object freed on any thread is not removed (that would be a write
 * into another thread's list): its {@link PyObject#GC_FREED} bit marks the entry dead, and the
 * owner drops dead entries when the list has doubled since its last compaction, so a program
 * with the collector disabled does not keep its dead objects reachable for the JVM. The
 * collector reads and compacts every list with the world stopped, when no owner is running.
 * An entry may appear twice (an object freed, handed out again by a freelist and tracked anew):
 * readers deduplicate.
 */
final class TrackedObjects {
    private PyObject[] objects = new PyObject[64];
    private int size;
    /** Compact when {@link #size} reaches this: twice the live entries found last time. */
    private int compactAt = 64;

    /** Owner only. */
    void add(PyObject o) {
        if (size == objects.length) {
            if (size >= compactAt) {
                compact();
                compactAt = Math.max(64, 2 * size);
            }
            if (size == objects.length) objects = Arrays.copyOf(objects, size * 2);
        }
        objects[size++] = o;
    }

    /** Drops dead entries. Owner, or anyone with the world stopped. */
    void compact() {
        PyObject[] a = objects;
        int live = 0;
        for (int i = 0; i < size; i++) {
            PyObject o = a[i];
            if ((o.lpGcBits() & PyObject.GC_FREED) == 0) a[live++] = o;
        }
        Arrays.fill(a, live, size, null);
        size = live;
    }

    /** Calls {@code action} for each live entry (duplicates possible). World stopped. */
    void forEachLive(Consumer<PyObject> action) {
        for (int i = 0; i < size; i++) {
            PyObject o = objects[i];
            if ((o.lpGcBits() & PyObject.GC_FREED) == 0) action.accept(o);
        }
    }

    /** Moves every entry of {@code other} here (a thread's list handed over at its exit, or frozen objects). */
    void addAll(TrackedObjects other) {
        other.compact();
        if (size + other.size > objects.length) objects = Arrays.copyOf(objects, Math.max(size + other.size, objects.length * 2));
        System.arraycopy(other.objects, 0, objects, size, other.size);
        size += other.size;
        other.objects = new PyObject[64];
        other.size = 0;
        other.compactAt = 64;
    }

    int size() {
        return size;
    }

    void clear() {
        objects = new PyObject[64];
        size = 0;
        compactAt = 64;
    }
}
