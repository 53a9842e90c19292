package skein.interpreter.ast;

import java.util.List;

/** One {@code for ... in ... if ...} clause of a comprehension; {@code isAsync} is always 0 in Skein. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, int isAsync) implements Node {
}
