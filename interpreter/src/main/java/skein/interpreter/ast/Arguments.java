package skein.interpreter.ast;

import java.util.List;

/**
 * A function or lambda signature. {@code kwDefaults} is parallel to {@code kwonlyargs} and holds
 * {@code null} for keyword-only parameters without a default; {@code defaults} applies to the last
 * {@code defaults.size()} of {@code posonlyargs + args}, as in CPython.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node {
}
