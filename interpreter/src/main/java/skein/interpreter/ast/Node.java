package skein.interpreter.ast;

/** Any AST node; sealed so that the compiler can switch over node kinds exhaustively. */
public sealed interface Node
        permits Mod, Stmt, Expr, Arguments, Arg, Keyword, Alias, WithItem, ExceptHandler,
                Comprehension, TypeIgnore {
}
