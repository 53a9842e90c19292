package skein.interpreter.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Helpers shared by the parser and later passes. */
public final class Exprs {
    private Exprs() {
    }

    /**
     * Re-contexts a target the way CPython's {@code _PyPegen_set_expr_context} does: names,
     * attributes, subscripts, starred, lists and tuples (recursively) get {@code ctx}; any other
     * expression is returned unchanged.
     */
    public static Expr setContext(Expr e, ExprContext ctx) {
        return e instanceof Expr.WithContext w ? w.withCtx(ctx) : e;
    }

    static List<Expr> setContext(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            out.add(setContext(e, ctx));
        }
        return Collections.unmodifiableList(out);
    }
}
