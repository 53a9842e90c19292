package skein.interpreter.parse;

import java.util.List;

import skein.interpreter.ast.Expr;
import skein.interpreter.ast.Keyword;
import skein.interpreter.ast.Located;

/**
 * The arguments of a call or class header. CPython parses them into a dummy Call node; error
 * messages point at that node's span, so the span is kept.
 */
record CallArgs(List<Expr> args, List<Keyword> keywords, int lineno, int colOffset, int endLineno,
                int endColOffset) implements Located {
}
