package skein.interpreter.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import skein.interpreter.ast.AstDump;
import skein.interpreter.ast.ComplexLiteral;
import skein.interpreter.ast.EllipsisConstant;
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.ExprContext;
import skein.interpreter.ast.Mod;
import skein.interpreter.ast.NoneConstant;
import skein.interpreter.ast.Stmt;

/** The public API and the decisions that the CPython corpora cannot check. */
class ParserTest {

    static Mod.Module parse(String src) throws PySyntaxError {
        return Parser.parseModule(src, "t.py");
    }

    static Object constant(String expr) throws PySyntaxError {
        return ((Expr.Constant) Parser.parseExpression(expr, "t.py").body()).value();
    }

    static PySyntaxError error(String src) {
        return assertThrows(PySyntaxError.class, () -> parse(src));
    }

    @Test
    void constantValueTypes() throws PySyntaxError {
        assertEquals(42L, constant("42"));
        assertEquals(Long.MAX_VALUE, constant("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), constant("9223372036854775808"));
        assertEquals(new BigInteger("ffffffffffffffffffff", 16), constant("0xFFFF_FFFF_FFFF_FFFF_FFFF"));
        assertEquals(255L, constant("0o377"));
        assertEquals(0.5, constant("0.5"));
        assertEquals(Double.POSITIVE_INFINITY, constant("1e400"));
        assertEquals(new ComplexLiteral(2.0), constant("2j"));
        assertEquals("héllo", constant("'h\\xe9llo'"));
        assertArrayEquals(new byte[] {0, (byte) 0xff, 'a'}, (byte[]) constant("b'\\x00\\xffa'"));
        assertEquals(Boolean.TRUE, constant("True"));
        assertEquals(Boolean.FALSE, constant("False"));
        assertSame(NoneConstant.NONE, constant("None"));
        assertSame(EllipsisConstant.ELLIPSIS, constant("..."));
        assertEquals("\uD83D\uDE00", constant("'\\U0001F600'"));
    }

    @Test
    void hugeDecimalLiteralsAreRejectedLikeCPython() {
        PySyntaxError e = error("x = " + "1".repeat(4301));
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; "
                + "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge "
                + "integer literals to avoid decimal conversion limits.", e.msg());
    }

    @Test
    void hugeHexLiteralsAreFine() throws PySyntaxError {
        Object v = constant("0x" + "f".repeat(5000));
        assertInstanceOf(BigInteger.class, v);
    }

    @Test
    void positionsFollowCPython() throws PySyntaxError {
        Mod.Module m = parse("@dec\ndef f(a, b=1):\n    return a\n\nx = f(1, b=2)  # c\n");
        Stmt.FunctionDef f = (Stmt.FunctionDef) m.body().get(0);
        assertEquals(2, f.lineno()); // the 'def' line, not the decorator's
        assertEquals(0, f.colOffset());
        assertEquals(3, f.endLineno());
        assertEquals(12, f.endColOffset());
        Stmt.Assign a = (Stmt.Assign) m.body().get(1);
        assertEquals(5, a.lineno());
        assertEquals(13, a.endColOffset());
        Expr.Call call = (Expr.Call) a.value();
        assertEquals(4, call.colOffset());
        assertEquals(9, call.keywords().get(0).colOffset());
    }

    @Test
    void columnsAreUtf8ByteOffsets() throws PySyntaxError {
        Stmt.Assign a = (Stmt.Assign) parse("é = 'ü' + x\n").body().get(0);
        Expr.BinOp b = (Expr.BinOp) a.value();
        assertEquals(5, b.colOffset()); // 'é' is two bytes
        assertEquals(12, b.right().colOffset());
    }

    @Test
    void expressionContexts() throws PySyntaxError {
        Stmt.Assign a = (Stmt.Assign) parse("(a, [b.c, *d[0]]) = x\n").body().get(0);
        Expr.Tuple t = (Expr.Tuple) a.targets().get(0);
        assertEquals(ExprContext.Store, t.ctx());
        Expr.ListExpr l = (Expr.ListExpr) t.elts().get(1);
        assertEquals(ExprContext.Store, l.ctx());
        assertEquals(ExprContext.Store, ((Expr.Attribute) l.elts().get(0)).ctx());
        Expr.Starred s = (Expr.Starred) l.elts().get(1);
        assertEquals(ExprContext.Store, s.ctx());
        assertEquals(ExprContext.Store, ((Expr.Subscript) s.value()).ctx());
        Stmt.Delete d = (Stmt.Delete) parse("del a, (b, c.d)\n").body().get(0);
        assertEquals(ExprContext.Del, ((Expr.Name) d.targets().get(0)).ctx());
        Expr.Tuple dt = (Expr.Tuple) d.targets().get(1);
        assertEquals(ExprContext.Del, dt.ctx());
        assertEquals(ExprContext.Del, ((Expr.Attribute) dt.elts().get(1)).ctx());
        assertEquals(ExprContext.Load, ((Expr.Name) ((Expr.Attribute) dt.elts().get(1)).value()).ctx());
    }

    @Test
    void expressionMode() throws PySyntaxError {
        assertEquals("Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))",
                AstDump.dump(Parser.parseExpression("1 + 2\n\n", "e")));
        assertEquals("Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))",
                AstDump.dump(Parser.parseExpression("a, b", "e")));
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parseExpression("x = 1", "e"));
        assertEquals("invalid syntax", e.msg());
    }

    @Test
    void unsupportedFeaturesSaySo() {
        assertUnsupported("async def f():\n    pass\n", "'async def' is not supported by Skein", 1, 1, 6);
        assertUnsupported("@d\nasync def f():\n    pass\n", "'async def' is not supported by Skein", 2, 1, 6);
        assertUnsupported("def f():\n    async with a:\n        pass\n", "'async with' is not supported by Skein",
                2, 5, 10);
        assertUnsupported("def f():\n    async for x in y:\n        pass\n", "'async for' is not supported by Skein",
                2, 5, 10);
        assertUnsupported("def f():\n    return await g()\n", "'await' expressions are not supported by Skein",
                2, 12, 17);
        assertUnsupported("def f():\n    return [x async for x in y]\n",
                "asynchronous comprehensions are not supported by Skein", 2, 15, 20);
        assertUnsupported("match command:\n    case 1:\n        pass\n",
                "'match' statements are not supported by Skein", 1, 1, 6);
        assertUnsupported("if x:\n    match (a, b):\n        case _:\n            pass\n",
                "'match' statements are not supported by Skein", 2, 5, 10);
    }

    private static void assertUnsupported(String src, String msg, int line, int offset, int endOffset) {
        PySyntaxError e = error(src);
        assertEquals("SyntaxError", e.kind());
        assertEquals(msg, e.msg());
        assertEquals(line, e.lineno());
        assertEquals(offset, e.offset());
        assertEquals(endOffset, e.endOffset());
    }

    @Test
    void matchAndAwaitAsOrdinaryNamesStillWork() throws PySyntaxError {
        parse("match = re.match(p, s)\nmatch.group(1)\nmatch(x)\ncase = 1\nawaitable = 2\n");
    }

    @Test
    void formatLooksLikeCPython() {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Parser.parseModule("a = 1\nb = 2\nx = (1,\n", "/path/f.py"));
        assertEquals("  File \"/path/f.py\", line 3\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n",
                e.format());
        PySyntaxError r = assertThrows(PySyntaxError.class,
                () -> Parser.parseModule("    if True:\n        f() = 1\n", "f.py"));
        assertEquals("IndentationError", r.kind());
        PySyntaxError c = assertThrows(PySyntaxError.class, () -> Parser.parseModule("if x:\n    f() = 1\n", "f.py"));
        assertEquals("  File \"f.py\", line 2\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to function call"
                + " here. Maybe you meant '==' instead of '='?\n", c.format());
    }

    @Test
    void nullBytesAreRejected() {
        PySyntaxError e = error("x = 1\ny = '\0'\n");
        assertEquals("source code cannot contain null bytes", e.msg());
        assertEquals(2, e.lineno());
        assertEquals("  File \"t.py\", line 2\n    y = '\nSyntaxError: source code cannot contain null bytes\n",
                e.format());
    }

    @Test
    void returnOutsideFunctionIsLeftToTheCompiler() throws PySyntaxError {
        // CPython reports "'return' outside function" from its compiler (symtable), not its parser.
        parse("return 1\n");
        parse("yield 1\n");
        parse("break\n");
    }

    @Test
    void fStringExpressionPositionsPointIntoTheSource() throws PySyntaxError {
        Stmt.Assign a = (Stmt.Assign) parse("x = f'a{b + 1}c'\n").body().get(0);
        Expr.JoinedStr j = (Expr.JoinedStr) a.value();
        Expr.BinOp b = (Expr.BinOp) ((Expr.FormattedValue) j.values().get(1)).value();
        assertEquals(1, b.lineno());
        assertEquals(8, b.colOffset());
        assertEquals(13, b.endColOffset());
    }

    @Test
    void namesAreNfkcNormalised() throws PySyntaxError {
        Stmt.Assign a = (Stmt.Assign) parse("ﬁle = 1\n").body().get(0);
        assertEquals("file", ((Expr.Name) a.targets().get(0)).id());
    }

    @Test
    void parsesConcurrently() throws Exception {
        String src = "def f(x):\n    return [y * 2 for y in range(x) if y % 3]\n" + "x = f(10)\n".repeat(200);
        String expected = AstDump.dump(parse(src));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> fs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                fs.add(pool.submit(() -> AstDump.dump(parse(src))));
            }
            for (Future<String> f : fs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void optionalFieldsAreNull() throws PySyntaxError {
        Stmt.Return r = (Stmt.Return) ((Stmt.FunctionDef) parse("def f():\n    return\n").body().get(0)).body()
                .get(0);
        assertNull(r.value());
        Stmt.ImportFrom i = (Stmt.ImportFrom) parse("from . import x\n").body().get(0);
        assertNull(i.module());
        assertEquals(1, i.level());
        Stmt.FunctionDef f = (Stmt.FunctionDef) parse("def f(*, a, b=1): pass\n").body().get(0);
        assertNull(f.args().kwDefaults().get(0));
        assertEquals(1L, ((Expr.Constant) f.args().kwDefaults().get(1)).value());
    }
}
