package skein.interpreter.ast;

/** One imported name, {@code name as asname}; {@code asname} may be null, {@code name} may be "*". */
public record Alias(String name, String asname,
                    int lineno, int colOffset, int endLineno, int endColOffset) implements Node, Located {
}
