package skein.interpreter.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import skein.interpreter.ast.CmpOp;
import skein.interpreter.ast.Comprehension;
import skein.interpreter.ast.EllipsisConstant;
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.ExprContext;
import skein.interpreter.ast.Exprs;
import skein.interpreter.ast.NoneConstant;

/**
 * Static helpers shared by the rule layers, mostly counterparts of CPython's
 * {@code action_helpers.c}: how error messages name an expression, which sub-target makes an
 * assignment invalid, identifier normalisation.
 */
final class NodeHelpers {
    private NodeHelpers() {
    }

    static <T> List<T> seq(List<T> l) {
        return l == null ? List.of() : Collections.unmodifiableList(l);
    }

    static <T> List<T> one(T x) {
        List<T> l = new ArrayList<>(1);
        l.add(x);
        return l;
    }

    static String identifier(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) >= 0x80) {
                return Normalizer.normalize(raw, Normalizer.Form.NFKC);
            }
        }
        return raw;
    }

    static boolean isLegacy(Expr e) {
        return e instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    /** {@code _PyPegen_get_expr_name}: how error messages name an expression. */
    static String exprName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.ListExpr l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.SetExpr s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> {
                Object v = c.value();
                if (v == NoneConstant.NONE) {
                    yield "None";
                } else if (Boolean.FALSE.equals(v)) {
                    yield "False";
                } else if (Boolean.TRUE.equals(v)) {
                    yield "True";
                } else if (v == EllipsisConstant.ELLIPSIS) {
                    yield "ellipsis";
                }
                yield "literal";
            }
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }

    /** Which kind of target list an invalid target was found in (CPython's TARGETS_TYPE). */
    enum Targets { STAR, DEL, FOR }

    /** {@code _PyPegen_get_invalid_target}. */
    static Expr invalidTarget(Expr e, Targets type) {
        if (e == null) {
            return null;
        }
        switch (e) {
            case Expr.ListExpr l -> {
                for (Expr x : l.elts()) {
                    Expr c = invalidTarget(x, type);
                    if (c != null) {
                        return c;
                    }
                }
                return null;
            }
            case Expr.Tuple t -> {
                for (Expr x : t.elts()) {
                    Expr c = invalidTarget(x, type);
                    if (c != null) {
                        return c;
                    }
                }
                return null;
            }
            case Expr.Starred s -> {
                if (type == Targets.DEL) {
                    return e;
                }
                return invalidTarget(s.value(), type);
            }
            case Expr.Compare c -> {
                if (type == Targets.FOR) {
                    if (c.ops().get(0) == CmpOp.In) {
                        return invalidTarget(c.left(), type);
                    }
                    return null;
                }
                return e;
            }
            case Expr.Name n -> {
                return null;
            }
            case Expr.Subscript s -> {
                return null;
            }
            case Expr.Attribute a -> {
                return null;
            }
            default -> {
                return e;
            }
        }
    }

    static Expr lastComprehensionItem(Comprehension c) {
        if (c.ifs().isEmpty()) {
            return c.iter();
        }
        return c.ifs().get(c.ifs().size() - 1);
    }

    static Expr withContext(Expr e, ExprContext ctx) {
        return Exprs.setContext(e, ctx);
    }
}
