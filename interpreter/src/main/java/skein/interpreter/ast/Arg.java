package skein.interpreter.ast;

/** One parameter; {@code annotation} and {@code typeComment} may be null. */
public record Arg(String arg, Expr annotation, String typeComment,
                  int lineno, int colOffset, int endLineno, int endColOffset) implements Node, Located {
}
