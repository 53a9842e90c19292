package skein.interpreter.ast;

import java.util.List;

/** Top-level results of parsing, one per compile mode ({@code exec}, {@code eval}). */
public sealed interface Mod extends Node {

    /** What {@code exec} mode produces: a module body. */
    record Module(List<Stmt> body, List<TypeIgnore> typeIgnores) implements Mod {
    }

    /** What {@code eval} mode produces: a single expression. */
    record Expression(Expr body) implements Mod {
    }

    /** What {@code single} (interactive) mode would produce; kept so the node set mirrors CPython. */
    record Interactive(List<Stmt> body) implements Mod {
    }
}
