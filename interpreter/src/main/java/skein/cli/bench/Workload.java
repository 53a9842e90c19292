package skein.cli.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One workload of {@code skein bench}: a function of the resource {@code skein/bench/scaling.py}
 * run as {@code scaling.py NAME THREADS N}. The catalog here is the one list of names, sizes and
 * descriptions; a unit test checks that the Python file defines the same names.
 *
 * @param name         the Python function's name (CPython's ftscalingbench name where it has one)
 * @param shared       whether the threads share a mutable object on purpose
 * @param description  what one unit of work does
 * @param defaultN     units per thread: about 0.5-1.5 s for one free-threaded thread on the 2-core dev VM
 * @param quickN       units per thread under {@code --quick}: a few hundredths of a second
 */
public record Workload(String name, boolean shared, String description, int defaultN, int quickN) {

    /** Every workload, in report order: private work first, then the shared-object ones. */
    public static final List<Workload> ALL = List.of(
            new Workload("pymethod", false, "method call on the thread's own object", 600_000, 15_000),
            new Workload("pyfunction", false, "call of a module-level function", 1_000_000, 25_000),
            new Workload("object_cfunction", false, "builtin methods (list.pop, list.append) on an own list", 600_000, 15_000),
            new Workload("cmodule_function", false, "math.floor and math.isqrt calls", 400_000, 10_000),
            new Workload("mult_constant", false, "float arithmetic with constants", 1_000_000, 25_000),
            new Workload("generator", false, "iterating a 10-item generator", 120_000, 3_000),
            new Workload("context_manager", false, "with on an own context manager", 500_000, 12_500),
            new Workload("create_pyobject", false, "instances of one class made and dropped", 1_500_000, 30_000),
            new Workload("create_closure", false, "a closure made and called", 300_000, 7_500),
            new Workload("create_dict", false, "a 2-item dict made and dropped", 500_000, 12_500),
            new Workload("create_record", false, "a __slots__ record (namedtuple/dataclass-style) made and read", 200_000, 5_000),
            new Workload("deepcopy", false, "recursive copy of a small nested list/dict structure", 60_000, 1_500),
            new Workload("thread_local_read", false, "reads of a threading.local attribute", 300_000, 7_500),
            new Workload("load_string_const", false, "comparison with a str constant", 700_000, 17_500),
            new Workload("load_tuple_const", false, "comparison with a tuple constant", 1_500_000, 30_000),
            new Workload("shared_dict_read", true, "reads of one shared dict", 700_000, 17_500),
            new Workload("shared_list_append", true, "appends to one shared list", 700_000, 17_500),
            new Workload("shared_object_method", true, "method calls on one shared instance", 500_000, 12_500));

    private static final Map<String, Workload> BY_NAME = new LinkedHashMap<>();

    static {
        for (Workload w : ALL) BY_NAME.put(w.name, w);
    }

    /** The workload called {@code name}, or null. */
    public static Workload named(String name) {
        return BY_NAME.get(name);
    }

    /** Units per thread for a quick or a full run. */
    public int units(boolean quick) {
        return quick ? quickN : defaultN;
    }
}
