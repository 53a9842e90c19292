package skein.interpreter.runtime;

import skein.interpreter.objects.PyCode;
import skein.interpreter.objects.PyObj;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A code object's bytecode compiled to one JVM method ({@code skein.interpreter.jit.Compiler}):
 * the second tier. It runs on the same frame as the eval loop — same slots, same references,
 * the same {@link Instructions} — with the stack positions, arguments and jump targets as
 * constants, so there is no dispatch and HotSpot compiles each Python function on its own,
 * with its own profile, instead of inside one loop shared by every program.
 *
 * <p>Protocol with {@link Eval}, which owns the frame stack: {@link #run} starts at instruction
 * {@code ip} (on the stack depth the bytecode has there) and returns the index of the next
 * instruction the eval loop must execute, with {@code f.sp} written. It returns at the
 * instructions that change frames (return, yield, generator creation, {@code send}); a Python
 * call made by compiled code returns after the call with the callee's new frame in
 * {@link PyThreadState#compiledCallee}, for the loop to push. So a Python call still adds no
 * Java frame: the loop runs at most one compiled method at a time. An exception leaves with
 * {@code f.ip} the instruction after the failing one and {@code f.sp} its starting depth, what
 * the loop's unwinder needs. An index where compiled code cannot start is returned unchanged.
 */
public abstract class CompiledCode {
    protected final PyCode pc;
    /** Stack depth (absolute slot index) at each instruction's start; -1 where unreachable. */
    protected final int[] depths;

    protected CompiledCode(PyCode pc, int[] depths) {
        this.pc = pc;
        this.depths = depths;
    }

    public abstract int run(PyThreadState ts, Frame f, PyObj[] s, int ip);

    /** Checking mode: the loop enters at a depth the bytecode has there. */
    void checkEntry(int ip, int sp) {
        if (ip < depths.length && depths[ip] >= 0 && depths[ip] != sp) {
            throw new IllegalStateException("compiled " + pc.code.qualname + " entered at " + ip
                    + " with stack depth " + sp + ", expected " + depths[ip]);
        }
    }

    /**
     * Defines a class {@code skein.interpreter.jit.Compiler} wrote (a subclass of this one, in this
     * package, so it may call the package's instruction methods) as a hidden class, which the JVM
     * unloads with its code object, and makes its instance.
     */
    public static CompiledCode define(byte[] classBytes, PyCode pc, int[] depths) throws ReflectiveOperationException {
        MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(classBytes, true);
        try {
            return (CompiledCode) hidden.findConstructor(hidden.lookupClass(),
                    MethodType.methodType(void.class, PyCode.class, int[].class)).invoke(pc, depths);
        } catch (ReflectiveOperationException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new ReflectiveOperationException(t);
        }
    }
}
