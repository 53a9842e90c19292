package skein.interpreter.ast;

/**
 * A node that remembers where it came from in the source.
 *
 * <p>Positions follow CPython's {@code ast} conventions exactly so that tracebacks, error carets
 * and line tables agree with CPython: lines are 1-based, columns are 0-based <em>UTF-8 byte</em>
 * offsets into the line (not character offsets), and the end column is exclusive.
 */
public interface Located {
    int lineno();

    int colOffset();

    int endLineno();

    int endColOffset();
}
