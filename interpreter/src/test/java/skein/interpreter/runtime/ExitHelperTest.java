package skein.interpreter.runtime;

import org.junit.jupiter.api.Test;
import skein.gc.ThreadRegistry;
import skein.gc.ThreadState;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * An exiting Python thread drains the objects queued to it after its last merge with a helper
 * thread state; freeing one of them may run a {@code __del__}, whose code casts the state to
 * {@link PyThreadState}. The helper must therefore be an interpreter state (a bare one ended a
 * stress-suite run, function_churn, in a {@code ClassCastException} and a thread that never ended).
 */
class ExitHelperTest {
    @Test
    void anExitingPythonThreadDrainsWithAnInterpreterState() {
        PyThreadState ts = PyThreadState.create("exit-helper-test");
        ThreadState helper = ts.newExitHelper("exit-helper-test/exit");
        try {
            assertInstanceOf(PyThreadState.class, helper);
        } finally {
            ThreadRegistry.exit(helper);
            ThreadRegistry.exit(ts);
        }
    }
}
