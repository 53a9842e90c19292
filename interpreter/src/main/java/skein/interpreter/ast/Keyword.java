package skein.interpreter.ast;

/** A keyword argument in a call or class header; {@code arg} is null for {@code **mapping}. */
public record Keyword(String arg, Expr value,
                      int lineno, int colOffset, int endLineno, int endColOffset) implements Node, Located {
}
