package skein.interpreter.ast;

import java.util.List;

/**
 * Statements, one record per CPython {@code stmt} constructor (minus the async and {@code match}
 * forms, which Skein rejects at parse time). Optional fields are {@code null} when absent; lists
 * are never null. {@link ExprStmt} is CPython's {@code Expr} statement, renamed so that it does
 * not shadow the {@link Expr} interface.
 */
public sealed interface Stmt extends Node, Located {

    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList,
                       Expr returns, String typeComment,
                       int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decoratorList,
                    int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Return(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Delete(List<Expr> targets, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Stmt {
    }

    record Assign(List<Expr> targets, Expr value, String typeComment,
                  int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record AugAssign(Expr target, Operator op, Expr value,
                     int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code simple} is 1 when the target is a plain name without parentheses, as in CPython. */
    record AnnAssign(Expr target, Expr annotation, Expr value, int simple,
                     int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment,
               int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record While(Expr test, List<Stmt> body, List<Stmt> orelse,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record If(Expr test, List<Stmt> body, List<Stmt> orelse,
              int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record With(List<WithItem> items, List<Stmt> body, String typeComment,
                int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Raise(Expr exc, Expr cause, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Stmt {
    }

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
               int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code try} with {@code except*} clauses. */
    record TryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                   List<Stmt> finalbody,
                   int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Assert(Expr test, Expr msg, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Stmt {
    }

    record Import(List<Alias> names, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Stmt {
    }

    /** {@code module} is null for {@code from . import x}; {@code level} counts the leading dots. */
    record ImportFrom(String module, List<Alias> names, int level,
                      int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Global(List<String> names, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Stmt {
    }

    record Nonlocal(List<String> names, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Stmt {
    }

    /** An expression used as a statement (CPython's {@code Expr}). */
    record ExprStmt(Expr value, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Stmt {
    }

    record Pass(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Break(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Continue(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }
}
