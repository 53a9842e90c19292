package skein.interpreter.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import skein.interpreter.ast.NoneConstant;
import skein.interpreter.bytecode.Code;
import skein.interpreter.bytecode.ConstTuple;
import skein.interpreter.bytecode.Opcode;

/** Targeted checks of what the code generator emits: the contract with the eval loop. */
class CodeGenTest {
    static Code compile(String src) throws Exception {
        return Compiler.compile(src, "x");
    }

    static Code nested(Code c, String name) {
        for (Code x : Cases.allCodes(c)) if (x.name.equals(name)) return x;
        throw new AssertionError("no code object " + name);
    }

    static List<String> ops(Code c) {
        List<String> out = new ArrayList<>();
        for (int w : c.code) {
            Opcode op = Opcode.of(Opcode.opOf(w));
            out.add(op.arg == Opcode.Arg.NONE ? op.name() : op.name() + " " + Opcode.argOf(w));
        }
        return out;
    }

    @Test
    void moduleStartsWithResumeAndEndsWithReturnNone() throws Exception {
        Code c = compile("x = 1\n");
        assertEquals("<module>", c.name);
        assertEquals(List.of("RESUME 0", "LOAD_CONST 0", "STORE_NAME 0", "LOAD_CONST 1", "RETURN_VALUE"), ops(c));
        assertArrayEquals(new Object[] {1L, NoneConstant.NONE}, c.consts);
        assertEquals(0, c.lines[0], "the module's RESUME is on line 0, as in CPython");
    }

    @Test
    void qualnamesAreCPythons() throws Exception {
        Code c = compile("""
                def f():
                    def g():
                        return lambda: [x for x in ()]
                class C:
                    def m(self): pass
                    class D:
                        def n(self): pass
                def h():
                    global K
                    class K: pass
                """);
        List<String> q = Cases.allCodes(c).stream().map(x -> x.qualname).toList();
        assertEquals(List.of("<module>", "f", "f.<locals>.g", "f.<locals>.g.<locals>.<lambda>",
                "f.<locals>.g.<locals>.<lambda>.<locals>.<listcomp>", "C", "C.m", "C.D", "C.D.n", "h", "K"), q);
    }

    @Test
    void localsPlusLayoutAndCells() throws Exception {
        Code f = nested(compile("""
                def f(a, b, *args, k, **kw):
                    x = 1
                    def g():
                        return a + x
                    return g
                """), "f");
        assertEquals(List.of("a", "b", "k", "args", "kw", "g", "x"), Arrays.asList(f.localsNames));
        assertEquals(Code.KIND_LOCAL | Code.KIND_CELL, f.localsKinds[0]);
        assertEquals(Code.KIND_CELL, f.localsKinds[6]);
        assertEquals(2, f.argCount);
        assertEquals(1, f.kwOnlyArgCount);
        assertEquals(Code.CO_OPTIMIZED | Code.CO_NEWLOCALS | Code.CO_VARARGS | Code.CO_VARKEYWORDS, f.flags);
        assertEquals(List.of("MAKE_CELL 0", "MAKE_CELL 6", "RESUME 0"), ops(f).subList(0, 3));
        Code g = nested(f, "g");
        assertEquals(List.of("a", "x"), Arrays.asList(g.localsNames));
        assertEquals(2, g.freeCount());
        assertEquals("COPY_FREE_VARS 2", ops(g).get(0));
        assertEquals(Code.CO_OPTIMIZED | Code.CO_NEWLOCALS | Code.CO_NESTED, g.flags);
        assertTrue(ops(f).containsAll(List.of("LOAD_CLOSURE 0", "LOAD_CLOSURE 6", "BUILD_TUPLE 2", "MAKE_FUNCTION 8")));
    }

    @Test
    void generatorPrologue() throws Exception {
        Code g = nested(compile("def g():\n    yield 1\n"), "g");
        assertTrue(g.isGenerator());
        assertEquals(List.of("RETURN_GENERATOR", "POP_TOP", "RESUME 0", "LOAD_CONST 1", "YIELD_VALUE", "RESUME 1",
                "POP_TOP", "LOAD_CONST 0", "RETURN_VALUE"), ops(g));
    }

    @Test
    void yieldFromLoop() throws Exception {
        Code g = nested(compile("def g(x):\n    return (yield from x)\n"), "g");
        List<String> o = ops(g);
        int send = o.indexOf("SEND 10");
        assertEquals(List.of("GET_YIELD_FROM_ITER", "LOAD_CONST 0", "SEND 10", "YIELD_VALUE", "RESUME 2",
                "JUMP_BACKWARD 6", "RETURN_VALUE"), o.subList(send - 2, send + 5), o.toString());
    }

    @Test
    void makeFunctionFlagsAndOperandOrder() throws Exception {
        Code c = compile("def f(a=1, *, b=2) -> int: pass\n");
        assertEquals(List.of("RESUME 0", "LOAD_CONST 6", "LOAD_CONST 1", "LOAD_CONST 2", "BUILD_CONST_KEY_MAP 1",
                "LOAD_CONST 3", "LOAD_NAME 0", "BUILD_TUPLE 2", "LOAD_CONST 4", "MAKE_FUNCTION 7", "STORE_NAME 1"),
                ops(c).subList(0, 11));
        // as CPython: the folded defaults tuple is appended after None; 1 stays at index 0
        assertEquals(new ConstTuple(new Object[] {1L}), c.consts[6]);
        assertEquals(new ConstTuple(new Object[] {"b"}), c.consts[2]);
        assertEquals("return", c.consts[3]);
    }

    @Test
    void functionDocstringIsFirstConstant() throws Exception {
        assertEquals("doc", nested(compile("def f():\n    'doc'\n    return 2\n"), "f").consts[0]);
        assertEquals(NoneConstant.NONE, nested(compile("def f():\n    return 2\n"), "f").consts[0]);
        assertEquals("mod", compile("'mod'\nx = 1\n").consts[0]);
    }

    @Test
    void classBodyStoresModuleQualnameAndClassCell() throws Exception {
        Code c = compile("class C:\n    def m(self):\n        return super().m()\n");
        Code body = nested(c, "C");
        assertEquals(List.of("MAKE_CELL 0", "RESUME 0", "LOAD_NAME 0", "STORE_NAME 1", "LOAD_CONST 0", "STORE_NAME 2"),
                ops(body).subList(0, 6));
        assertEquals(List.of("__name__", "__module__", "__qualname__", "m", "__classcell__"), Arrays.asList(body.names));
        List<String> tail = ops(body).subList(ops(body).size() - 4, ops(body).size());
        assertEquals(List.of("LOAD_CLOSURE 0", "COPY 1", "STORE_NAME 4", "RETURN_VALUE"), tail);
        assertTrue(ops(c).containsAll(List.of("PUSH_NULL", "LOAD_BUILD_CLASS")));
    }

    @Test
    void comprehensionIsCalledWithTheOuterIterator() throws Exception {
        Code c = compile("r = [x for x in y]\n");
        assertEquals(List.of("RESUME 0", "LOAD_CONST 0", "MAKE_FUNCTION 0", "LOAD_NAME 0", "GET_ITER", "CALL 0",
                "STORE_NAME 1"), ops(c).subList(0, 7));
        Code lc = nested(c, "<listcomp>");
        assertEquals(List.of(".0", "x"), Arrays.asList(lc.localsNames));
        assertEquals(1, lc.argCount);
    }

    @Test
    void constantFoldingObeysCPythonsLimitsAndTypes() throws Exception {
        List<Object> k = Arrays.asList(compile("a = 2 ** 64\nb = 2 ** 200\nc = -1\nd = 1 + 1.5\ne = 'ab' * 3\n"
                + "f = 'x' * 5000\ng = 1 / 0\nh = (1, 'a', None)\ni = not 0\nj = 3 // -2\n").consts);
        assertTrue(k.contains(BigInteger.ONE.shiftLeft(64)));
        assertFalse(k.contains(BigInteger.ONE.shiftLeft(200)), "ints over 128 bits are not folded");
        assertTrue(k.contains(-1L));
        assertTrue(k.contains(2.5));
        assertTrue(k.contains("ababab"));
        assertFalse(k.stream().anyMatch(x -> x instanceof String s && s.length() == 5000), "strings over 4096 are not folded");
        assertTrue(k.contains(new ConstTuple(new Object[] {1L, "a", NoneConstant.NONE})));
        assertTrue(k.contains(Boolean.TRUE));
        assertTrue(k.contains(-2L));
        assertTrue(ops(compile("g = 1 / 0\n")).contains("BINARY_OP 11"), "division by zero stays a run-time error");
        assertTrue(ops(compile("x = -'a'\n")).contains("UNARY_NEGATIVE"));
    }

    @Test
    void exceptionTableForTryExcept() throws Exception {
        Code c = compile("try:\n    f()\nexcept E as e:\n    g()\n");
        assertTrue(c.exceptionTable.length >= 3);
        Code.Handler first = c.exceptionTable[0];
        assertEquals(0, first.depth());
        assertFalse(first.pushLasti());
        assertEquals(Opcode.PUSH_EXC_INFO.code, Opcode.opOf(c.code[first.target()]));
        for (Code.Handler h : c.exceptionTable) {
            int op = Opcode.opOf(c.code[h.target()]);
            assertTrue(op == Opcode.PUSH_EXC_INFO.code || op == Opcode.COPY.code || op == Opcode.LOAD_CONST.code,
                    "handler starts with " + Opcode.of(op));
        }
    }

    @Test
    void withNormalExitCallsExitWithThreeNones() throws Exception {
        List<String> o = ops(compile("with m as v:\n    pass\n"));
        int before = o.indexOf("BEFORE_WITH");
        assertEquals(List.of("BEFORE_WITH", "STORE_NAME 1", "NOP", "LOAD_CONST 0", "LOAD_CONST 0", "LOAD_CONST 0",
                "CALL 3", "POP_TOP"), o.subList(before, before + 8));
        assertTrue(o.containsAll(List.of("PUSH_EXC_INFO", "WITH_EXCEPT_START", "RERAISE 2", "POP_EXCEPT")));
    }

    @Test
    void callsUseMethodsKwNamesAndCallFunctionEx() throws Exception {
        Code c = compile("o.m(1, k=2)\nf(*a, **k)\n");
        List<String> o = ops(c);
        assertTrue(o.containsAll(List.of("LOAD_METHOD 1", "KW_NAMES 2", "CALL 2", "DICT_MERGE 1", "CALL_FUNCTION_EX 1")));
        assertEquals(new ConstTuple(new Object[] {"k"}), c.consts[2]);
    }

    @Test
    void globalsLoadWithTheNullBit() throws Exception {
        Code f = nested(compile("def f():\n    return len(x)\n"), "f");
        assertTrue(ops(f).contains("LOAD_GLOBAL 1"), "NULL + len");
        assertTrue(ops(f).contains("LOAD_GLOBAL 2"), "x without NULL");
    }

    @Test
    void lineTableMarksStatementsAndArtificialCode() throws Exception {
        Code c = compile("x = (1,\n     y)\nz = f(a,\n      b)\n");
        for (int i = 0; i < c.code.length; i++) {
            if (Opcode.opOf(c.code[i]) == Opcode.CALL.code) assertEquals(3, c.lines[i], "a call is on its first line");
            if (Opcode.opOf(c.code[i]) == Opcode.BUILD_TUPLE.code) assertEquals(1, c.lines[i]);
        }
    }

    @Test
    void aMethodCallOnALocalBorrowsItsSelf() throws Exception {
        Code f = nested(compile("def f(d, k):\n    return d.get(k)\n"), "f");
        assertEquals(List.of("RESUME 0", "LOAD_FAST_BORROW 0", "LOAD_METHOD 0", "LOAD_FAST 1", "CALL 1", "RETURN_VALUE"), ops(f));
        assertEquals(1, Opcode.borrowedOf(f.code[2]), "LOAD_METHOD reads a borrowed object");
        assertEquals(0b1000, Opcode.borrowedOf(f.code[4]), "CALL's self is borrowed");
        // while the argument loads and during the call, position 1 (self, above the method) is
        // borrowed if the slot below it is set: the high half of the live mask
        assertEquals(1L << 33, f.borrowedLive[3]);
        assertEquals(1L << 33, f.borrowedLive[4]);
        assertEquals(0L, f.borrowedLive[5]);
    }

    @Test
    void aMethodCallWhoseArgumentsRebindOrBranchDoesNotBorrow() throws Exception {
        Code c = compile("""
                def rebinds(d):
                    return d.get((d := None))
                def branches(d, x):
                    return d.get(1 if x else 2)
                def own_argument(d):
                    return d.get(d)
                """);
        assertTrue(ops(nested(c, "rebinds")).contains("LOAD_FAST 0"), "the walrus rebinds d before the call");
        assertTrue(ops(nested(c, "branches")).contains("LOAD_FAST 0"), "a jump between load and call");
        // d as its own argument: the self is borrowed, the argument (a CALL operand) is counted
        assertEquals(List.of("RESUME 0", "LOAD_FAST_BORROW 0", "LOAD_METHOD 0", "LOAD_FAST 0", "CALL 1", "RETURN_VALUE"),
                ops(nested(c, "own_argument")));
    }
}
