/**
 * Python 3.11's abstract syntax tree as Java records, mirroring CPython's {@code ast} module node
 * for node and field for field, so that the compiler can follow CPython's compiler and the tests
 * can compare {@link skein.interpreter.ast.AstDump#dump} output with {@code ast.dump}.
 *
 * <h2>Shape</h2>
 * <ul>
 *   <li>{@link skein.interpreter.ast.Mod}, {@link skein.interpreter.ast.Stmt} and
 *       {@link skein.interpreter.ast.Expr} are sealed interfaces whose nested records are the node
 *       kinds, so {@code switch} over them is exhaustive. The other product types
 *       ({@link skein.interpreter.ast.Arguments}, {@link skein.interpreter.ast.Arg},
 *       {@link skein.interpreter.ast.Keyword}, {@link skein.interpreter.ast.Alias},
 *       {@link skein.interpreter.ast.WithItem}, {@link skein.interpreter.ast.ExceptHandler},
 *       {@link skein.interpreter.ast.Comprehension}) are top-level records.</li>
 *   <li>Field names are CPython's in camelCase ({@code decorator_list} is {@code decoratorList},
 *       {@code kw_defaults} is {@code kwDefaults}). Three node names differ so that they do not
 *       shadow common Java types: the {@code Expr} statement is {@code Stmt.ExprStmt}, and the
 *       {@code List} and {@code Set} displays are {@code Expr.ListExpr} and {@code Expr.SetExpr}.
 *       {@code AstDump} prints CPython's names.</li>
 *   <li>Optional fields ({@code expr?}, {@code identifier?}) are {@code null} when absent. Lists are
 *       never null and are unmodifiable; they may contain {@code null} exactly where CPython's do
 *       ({@code Dict.keys} for {@code **m} entries, {@code Arguments.kwDefaults} for keyword-only
 *       parameters without default).</li>
 *   <li>Operators are enums named as in CPython ({@link skein.interpreter.ast.Operator},
 *       {@link skein.interpreter.ast.UnaryOp}, {@link skein.interpreter.ast.BoolOp},
 *       {@link skein.interpreter.ast.CmpOp}, {@link skein.interpreter.ast.ExprContext}); the
 *       {@code UnaryOp} and {@code BoolOp} enums share their names with the nodes
 *       {@code Expr.UnaryOp} and {@code Expr.BoolOp}, as {@code ast.unaryop}/{@code ast.UnaryOp} do.</li>
 *   <li>Not present because Skein rejects them while parsing: {@code AsyncFunctionDef},
 *       {@code AsyncFor}, {@code AsyncWith}, {@code Await}, {@code Match} and the pattern nodes.
 *       {@code TryStar} ({@code except*}) is supported. Type comments are never parsed, so every
 *       {@code typeComment} is null and {@code Module.typeIgnores} is empty.</li>
 * </ul>
 *
 * <h2>Positions</h2>
 * Every statement, expression, {@code Arg}, {@code Keyword}, {@code Alias} and
 * {@code ExceptHandler} implements {@link skein.interpreter.ast.Located} with CPython's exact
 * values: {@code lineno}/{@code endLineno} 1-based, {@code colOffset}/{@code endColOffset} 0-based
 * <em>UTF-8 byte</em> offsets within the line, end exclusive. This includes CPython 3.11's rules for
 * expressions inside f-strings. The test corpus checks them against
 * {@code ast.dump(..., include_attributes=True)}.
 *
 * <h2>Constants</h2>
 * {@link skein.interpreter.ast.Expr.Constant#value()} is never Java {@code null}; it is
 * <ul>
 *   <li>{@link java.lang.Long} for an int literal that fits in 64 bits, otherwise
 *       {@link java.math.BigInteger} (the rule is only "does it fit", whatever the base);</li>
 *   <li>{@link java.lang.Double} for float literals (correctly rounded; too large means infinity);</li>
 *   <li>{@link skein.interpreter.ast.ComplexLiteral} for imaginary literals such as {@code 2j};</li>
 *   <li>{@link java.lang.String} for str literals, after escape decoding and concatenation. A Java
 *       string cannot keep a high and a low surrogate that were written as two separate escapes
 *       apart: they read as one supplementary character, where CPython keeps two code points;</li>
 *   <li>{@code byte[]} for bytes literals (arrays compare by identity: use
 *       {@link java.util.Arrays#equals(byte[], byte[])});</li>
 *   <li>{@link java.lang.Boolean} for {@code True}/{@code False},
 *       {@link skein.interpreter.ast.NoneConstant#NONE} for {@code None},
 *       {@link skein.interpreter.ast.EllipsisConstant#ELLIPSIS} for {@code ...}.</li>
 * </ul>
 * {@code Constant.kind} is {@code "u"} when the first string of the literal had a lowercase
 * {@code u} prefix, as in CPython.
 */
package skein.interpreter.ast;
