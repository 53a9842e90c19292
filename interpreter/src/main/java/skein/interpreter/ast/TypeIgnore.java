package skein.interpreter.ast;

/**
 * A {@code # type: ignore} comment. Skein never parses type comments, so modules always carry an
 * empty list of these; the record exists because {@code ast.dump} prints {@code type_ignores=[]}.
 */
public record TypeIgnore(int lineno, String tag) implements Node {
}
