package skein.interpreter.builtins.module;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import skein.gc.RefCount;
import skein.interpreter.builtins.SysModule;
import skein.interpreter.objects.PyModule;
import skein.interpreter.runtime.Interpreter;
import skein.interpreter.runtime.Output;
import skein.interpreter.runtime.PyException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static skein.interpreter.builtins.module.Py.TS;

/**
 * Small programs through the compiler and the eval loop, for the builtins that interact with
 * Python code (generators, classes, locals); expected outputs are CPython 3.11's.
 */
class EndToEndTest {
    private static int counter;

    @AfterAll
    static void restore() {
        Output.reset();
    }

    /** Runs {@code source} as a fresh module and returns what it printed. */
    private static String run(String source) {
        assertNotNull(TS); // starts the runtime before sys is first used
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SysModule.redirect(null, out, out);
        String name = "e2e_" + (counter++);
        try {
            PyModule m = Interpreter.execModule(TS, name, name + ".py", source);
            RefCount.decref(m, TS);
        } catch (PyException e) {
            try {
                return out.toString(StandardCharsets.UTF_8) + "uncaught " + e.type().name() + ": " + Py.message(e.value);
            } finally {
                e.release(TS);
            }
        } finally {
            SysModule.flushAll();
            Output.reset();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void nextCarriesAGeneratorsReturnValue() {
        assertEquals("1\ngenerator returned: result ('result',)\ndone\n", run("""
                def g():
                    yield 1
                    return "result"
                gi = g()
                print(next(gi))
                try:
                    next(gi)
                except StopIteration as e:
                    print("generator returned:", e.value, e.args)
                print(next(gi, "done"))
                """));
    }

    @Test
    void keyFunctionsAndClasses() {
        assertEquals("ccc b ['b', 'aa', 'ccc']\nTrue True False\nP(3) 12\n", run("""
                words = ["aa", "b", "ccc"]
                print(max(words, key=lambda w: len(w)), min(words, key=len), sorted(words, key=len))
                class A: pass
                class B(A): pass
                print(isinstance(B(), (int, A)), issubclass(B, A), callable(B()))
                class P:
                    def __init__(self, x): self.x = x
                    def __repr__(self): return f"P({self.x})"
                    def __round__(self, n=None): return 12
                print(max([P(1), P(3), P(2)], key=lambda p: p.x), round(P(0)))
                """));
    }

    @Test
    void dirAndVarsOfTheCurrentScope() {
        assertEquals("['a', 'b']\n['q', 'z']\n", run("""
                def f(b, a=1):
                    return dir()
                print(f(2))
                class C:
                    z = 1
                    q = 2
                    names = sorted(k for k in vars() if not k.startswith("__"))
                print(C.names)
                """));
    }

    @Test
    void printToAFileLikeClassAndStderr() {
        assertEquals("['x', ':', '1', '\\n']\nto stderr\n", run("""
                import sys
                class Sink:
                    def __init__(self): self.parts = []
                    def write(self, s): self.parts.append(s)
                s = Sink()
                print("x", 1, sep=":", file=s)
                print(s.parts)
                print("to stderr", file=sys.stderr)
                """));
    }

    @Test
    void uncaughtErrorsKeepCPythonsMessages() {
        assertEquals("uncaught TypeError: '<' not supported between instances of 'str' and 'int'", run("""
                sorted([{"age": 3}, {"age": "x"}], key=lambda p: p["age"])
                """));
    }
}
