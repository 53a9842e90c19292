package skein.interpreter.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import skein.interpreter.ast.CmpOp;
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.ExprContext;
import skein.interpreter.ast.Keyword;
import skein.interpreter.ast.Operator;
import skein.interpreter.bytecode.ConstTuple;
import skein.interpreter.bytecode.Opcode;

/**
 * Expressions, as CPython 3.11's {@code compiler_visit_expr}: operators, comparisons (chained ones
 * with SWAP/COPY and a cleanup block), short-circuit and conditional jumps, displays with
 * starred items, calls (LOAD_METHOD, KW_NAMES, CALL_FUNCTION_EX), f-strings, subscripts, slices,
 * attribute access and assignment targets. Each visit sets the current location to the node and
 * restores the enclosing node's location afterwards, as CPython does, so every instruction gets
 * the position of the innermost expression it belongs to.
 */
abstract class ExprGen extends GenBase {
    /** CPython's STACK_USE_GUIDELINE: bigger displays and calls are built incrementally. */
    static final int STACK_USE_GUIDELINE = 30;

    ExprGen(String filename, String source, SymbolTable symtable, DepthGuard guard) {
        super(filename, source, symtable, guard);
    }

    abstract void lambda(Expr.Lambda l);

    abstract void comprehension(Expr e);

    void visitExpr(Expr e) {
        guard.enter();
        int[] saved = saveLoc();
        try {
            setLoc(e);
            expr(e);
        } finally {
            restoreLoc(saved);
            guard.exit();
        }
    }

    private void expr(Expr e) {
        Object folded = folder.fold(e);
        if (folded != null) {
            loadConst(folded);
            return;
        }
        switch (e) {
            case Expr.BinOp b -> binOpChain(b);
            case Expr.BoolOp b -> {
                Block end = newBlock();
                int jump = b.op() == skein.interpreter.ast.BoolOp.And
                        ? Opcode.JUMP_IF_FALSE_OR_POP.code : Opcode.JUMP_IF_TRUE_OR_POP.code;
                List<Expr> vs = b.values();
                for (int i = 0; i < vs.size() - 1; i++) {
                    visitExpr(vs.get(i));
                    jump(jump, end);
                }
                visitExpr(vs.get(vs.size() - 1));
                useBlock(end);
            }
            case Expr.NamedExpr n -> {
                visitExpr(n.value());
                emit(Opcode.COPY, 1);
                visitExpr(n.target());
            }
            case Expr.UnaryOp un -> {
                visitExpr(un.operand());
                emit(switch (un.op()) {
                    case Invert -> Opcode.UNARY_INVERT;
                    case Not -> Opcode.UNARY_NOT;
                    case UAdd -> Opcode.UNARY_POSITIVE;
                    case USub -> Opcode.UNARY_NEGATIVE;
                });
            }
            case Expr.Lambda l -> lambda(l);
            case Expr.IfExp i -> {
                Block end = newBlock(), next = newBlock();
                jumpIf(i.test(), next, false);
                visitExpr(i.body());
                jumpNoLine(end);
                useBlock(next);
                visitExpr(i.orelse());
                useBlock(end);
            }
            case Expr.Dict d -> dict(d);
            case Expr.SetExpr s -> starUnpack(s.elts(), 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, false);
            case Expr.ListComp c -> comprehension(c);
            case Expr.SetComp c -> comprehension(c);
            case Expr.DictComp c -> comprehension(c);
            case Expr.GeneratorExp c -> comprehension(c);
            case Expr.Yield y -> {
                if (u.scope.kind != Scope.Kind.FUNCTION) throw errorHere("'yield' outside function");
                if (y.value() != null) visitExpr(y.value());
                else loadConst(skein.interpreter.ast.NoneConstant.NONE);
                emit(Opcode.YIELD_VALUE);
                emit(Opcode.RESUME, 1);
            }
            case Expr.YieldFrom y -> {
                if (u.scope.kind != Scope.Kind.FUNCTION) throw errorHere("'yield' outside function");
                visitExpr(y.value());
                emit(Opcode.GET_YIELD_FROM_ITER);
                loadConst(skein.interpreter.ast.NoneConstant.NONE);
                yieldFromLoop();
            }
            case Expr.Compare c -> compare(c);
            case Expr.Call c -> call(c);
            case Expr.FormattedValue f -> {
                visitExpr(f.value());
                int arg = switch (f.conversion()) {
                    case 's' -> 1;
                    case 'r' -> 2;
                    case 'a' -> 3;
                    default -> 0;
                };
                if (f.formatSpec() != null) {
                    visitExpr(f.formatSpec());
                    arg |= 4;
                }
                emit(Opcode.FORMAT_VALUE, arg);
            }
            case Expr.JoinedStr j -> joinedStr(j);
            case Expr.Constant c -> loadConst(c.value());
            case Expr.Attribute a -> attribute(a);
            case Expr.Subscript s -> {
                visitExpr(s.value());
                visitExpr(s.slice());
                emit(switch (s.ctx()) {
                    case Load -> Opcode.BINARY_SUBSCR;
                    case Store -> Opcode.STORE_SUBSCR;
                    case Del -> Opcode.DELETE_SUBSCR;
                });
            }
            case Expr.Starred s -> throw errorHere(s.ctx() == ExprContext.Store
                    ? "starred assignment target must be in a list or tuple"
                    : "can't use starred expression here");
            case Expr.Slice s -> slice(s);
            case Expr.Name n -> nameOp(n.id(), n.ctx());
            case Expr.ListExpr l -> sequence(l.elts(), l.ctx(), false);
            case Expr.Tuple t -> sequence(t.elts(), t.ctx(), true);
        }
    }

    /** SEND / YIELD_VALUE / RESUME 2 / JUMP_BACKWARD loop of {@code yield from}. */
    void yieldFromLoop() {
        Block start = newBlock(), resume = newBlock(), exit = newBlock();
        useBlock(start);
        jump(Opcode.SEND.code, exit);
        useBlock(resume);
        emit(Opcode.YIELD_VALUE);
        emit(Opcode.RESUME, 2);
        jump(Pseudo.JUMP, start);
        useBlock(exit);
    }

    void jumpNoLine(Block target) {
        int[] saved = saveLoc();
        unsetLoc();
        jump(Pseudo.JUMP, target);
        restoreLoc(saved);
    }

    /** An iterable (for loop, comprehension, right of in): a list display is built as a tuple, as CPython's fold_iter does. */
    void visitIter(skein.interpreter.ast.Expr iter) {
        if (iter instanceof skein.interpreter.ast.Expr.ListExpr l
                && l.elts().stream().noneMatch(x -> x instanceof skein.interpreter.ast.Expr.Starred)) {
            visitExpr(new skein.interpreter.ast.Expr.Tuple(l.elts(), ExprContext.Load,
                    l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset()));
        } else {
            visitExpr(iter);
        }
    }

    // ---- operators ----

    static int binaryArg(Operator op, boolean inplace) {
        int n = switch (op) {
            case Add -> 0;
            case BitAnd -> 1;
            case FloorDiv -> 2;
            case LShift -> 3;
            case MatMult -> 4;
            case Mult -> 5;
            case Mod -> 6;
            case BitOr -> 7;
            case Pow -> 8;
            case RShift -> 9;
            case Sub -> 10;
            case Div -> 11;
            case BitXor -> 12;
        };
        return inplace ? n + 13 : n;
    }

    /** Left-recursive operator chains are compiled iteratively (a+b+...+z nests 10,000 deep). */
    private void binOpChain(Expr.BinOp top) {
        Deque<Expr.BinOp> spine = new ArrayDeque<>();
        Expr x = top;
        while (x instanceof Expr.BinOp b && (b == top || folder.fold(b) == null)) {
            spine.push(b);
            x = b.left();
        }
        visitExpr(x);
        while (!spine.isEmpty()) {
            Expr.BinOp b = spine.pop();
            setLoc(b);
            visitExpr(b.right());
            emit(Opcode.BINARY_OP, binaryArg(b.op(), false));
        }
    }

    void compareOp(CmpOp op) {
        switch (op) {
            case Is -> emit(Opcode.IS_OP, 0);
            case IsNot -> emit(Opcode.IS_OP, 1);
            case In -> emit(Opcode.CONTAINS_OP, 0);
            case NotIn -> emit(Opcode.CONTAINS_OP, 1);
            case Lt -> emit(Opcode.COMPARE_OP, 0);
            case LtE -> emit(Opcode.COMPARE_OP, 1);
            case Eq -> emit(Opcode.COMPARE_OP, 2);
            case NotEq -> emit(Opcode.COMPARE_OP, 3);
            case Gt -> emit(Opcode.COMPARE_OP, 4);
            case GtE -> emit(Opcode.COMPARE_OP, 5);
        }
    }

    /** The right operand of {@code in}/{@code not in}: a list display of constants becomes a tuple. */
    private void comparator(CmpOp op, Expr right) {
        if (op == CmpOp.In || op == CmpOp.NotIn) visitIter(right);
        else visitExpr(right);
    }

    /** A tuple of the folded values of {@code elts}, or null if one is not constant. */
    ConstTuple constTupleOf(List<Expr> elts) {
        Object[] items = new Object[elts.size()];
        for (int i = 0; i < items.length; i++) {
            if (elts.get(i) instanceof Expr.Starred) return null;
            Object v = folder.fold(elts.get(i));
            if (v == null) return null;
            items[i] = v;
        }
        return new ConstTuple(items);
    }

    private void compare(Expr.Compare c) {
        int n = c.ops().size() - 1;
        visitExpr(c.left());
        if (n == 0) {
            comparator(c.ops().get(0), c.comparators().get(0));
            compareOp(c.ops().get(0));
            return;
        }
        Block cleanup = newBlock();
        for (int i = 0; i < n; i++) {
            visitExpr(c.comparators().get(i));
            emit(Opcode.SWAP, 2);
            emit(Opcode.COPY, 2);
            compareOp(c.ops().get(i));
            jump(Opcode.JUMP_IF_FALSE_OR_POP.code, cleanup);
        }
        comparator(c.ops().get(n), c.comparators().get(n));
        compareOp(c.ops().get(n));
        Block end = newBlock();
        jumpNoLine(end);
        useBlock(cleanup);
        emit(Opcode.SWAP, 2);
        emit(Opcode.POP_TOP);
        useBlock(end);
    }

    /** Jump to {@code next} if {@code e} is {@code cond}, else fall through (CPython's compiler_jump_if). */
    void jumpIf(Expr e, Block next, boolean cond) {
        switch (e) {
            case Expr.UnaryOp un when un.op() == skein.interpreter.ast.UnaryOp.Not
                    && folder.fold(e) == null -> {
                jumpIf(un.operand(), next, !cond);
                return;
            }
            case Expr.BoolOp b -> {
                boolean cond2 = b.op() == skein.interpreter.ast.BoolOp.Or;
                Block next2 = cond2 != cond ? newBlock() : next;
                List<Expr> vs = b.values();
                for (int i = 0; i < vs.size() - 1; i++) jumpIf(vs.get(i), next2, cond2);
                jumpIf(vs.get(vs.size() - 1), next, cond);
                if (next2 != next) useBlock(next2);
                return;
            }
            case Expr.IfExp i -> {
                Block end = newBlock(), next2 = newBlock();
                jumpIf(i.test(), next2, false);
                jumpIf(i.body(), next, cond);
                jumpNoLine(end);
                useBlock(next2);
                jumpIf(i.orelse(), next, cond);
                useBlock(end);
                return;
            }
            case Expr.Compare c when c.ops().size() > 1 -> {
                int n = c.ops().size() - 1;
                Block cleanup = newBlock();
                visitExpr(c.left());
                for (int i = 0; i < n; i++) {
                    visitExpr(c.comparators().get(i));
                    emit(Opcode.SWAP, 2);
                    emit(Opcode.COPY, 2);
                    compareOp(c.ops().get(i));
                    jump(Pseudo.POP_JUMP_IF_FALSE, cleanup);
                }
                comparator(c.ops().get(n), c.comparators().get(n));
                compareOp(c.ops().get(n));
                jump(cond ? Pseudo.POP_JUMP_IF_TRUE : Pseudo.POP_JUMP_IF_FALSE, next);
                Block end = newBlock();
                jumpNoLine(end);
                useBlock(cleanup);
                emit(Opcode.POP_TOP);
                if (!cond) jumpNoLine(next);
                useBlock(end);
                return;
            }
            default -> { }
        }
        visitExpr(e);
        jump(cond ? Pseudo.POP_JUMP_IF_TRUE : Pseudo.POP_JUMP_IF_FALSE, next);
    }

    // ---- displays ----

    private void sequence(List<Expr> elts, ExprContext ctx, boolean tuple) {
        switch (ctx) {
            case Load -> starUnpack(elts, 0, tuple ? Opcode.BUILD_LIST : Opcode.BUILD_LIST, Opcode.LIST_APPEND,
                    Opcode.LIST_EXTEND, tuple);
            case Store -> assignSequence(elts);
            case Del -> { for (Expr x : elts) visitExpr(x); }
        }
    }

    /** CPython's starunpack_helper: build a list/set/tuple from items, some of them starred. */
    void starUnpack(List<Expr> elts, int pushed, Opcode build, Opcode add, Opcode extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && build != Opcode.BUILD_SET) {
            ConstTuple folded = constTupleOf(elts);
            if (folded != null) {
                if (tuple) {
                    loadConst(folded);
                } else {
                    emit(build, pushed);
                    loadConst(folded);
                    emit(extend, 1);
                }
                return;
            }
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (Expr x : elts) if (x instanceof Expr.Starred) seenStar = true;
        if (!seenStar && !big) {
            for (Expr x : elts) visitExpr(x);
            emit(tuple ? Opcode.BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            emit(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred s) {
                if (!built) {
                    emit(build, i + pushed);
                    built = true;
                }
                visitExpr(s.value());
                emit(extend, 1);
            } else {
                visitExpr(x);
                if (built) emit(add, 1);
            }
        }
        if (tuple) emit(Opcode.LIST_TO_TUPLE);
    }

    /** Unpack the value on the stack into targets (UNPACK_SEQUENCE or UNPACK_EX). */
    void assignSequence(List<Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (seenStar) throw errorHere("multiple starred expressions in assignment");
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw errorHere("too many expressions in star-unpacking assignment");
                }
                emit(Opcode.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) emit(Opcode.UNPACK_SEQUENCE, n);
        for (Expr x : elts) visitExpr(x instanceof Expr.Starred s ? s.value() : x);
    }

    private void dict(Expr.Dict d) {
        int n = d.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            if (d.keys().get(i) == null) {
                if (elements > 0) {
                    subdict(d, i - elements, i);
                    if (haveDict) emit(Opcode.DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    emit(Opcode.BUILD_MAP, 0);
                    haveDict = true;
                }
                visitExpr(d.values().get(i));
                emit(Opcode.DICT_UPDATE, 1);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                subdict(d, i - elements, i + 1);
                if (haveDict) emit(Opcode.DICT_UPDATE, 1);
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n);
            if (haveDict) emit(Opcode.DICT_UPDATE, 1);
            haveDict = true;
        }
        if (!haveDict) emit(Opcode.BUILD_MAP, 0);
    }

    private void subdict(Expr.Dict d, int begin, int end) {
        int n = end - begin;
        if (n > 1) {
            ConstTuple keys = constTupleOf(d.keys().subList(begin, end));
            if (keys != null) {
                for (int i = begin; i < end; i++) visitExpr(d.values().get(i));
                loadConst(keys);
                emit(Opcode.BUILD_CONST_KEY_MAP, n);
                return;
            }
        }
        for (int i = begin; i < end; i++) {
            visitExpr(d.keys().get(i));
            visitExpr(d.values().get(i));
        }
        emit(Opcode.BUILD_MAP, n);
    }

    private void joinedStr(Expr.JoinedStr j) {
        int n = j.values().size();
        if (n > STACK_USE_GUIDELINE) {
            loadConst("");
            emitName(Opcode.LOAD_METHOD, "join");
            emit(Opcode.BUILD_LIST, 0);
            for (Expr v : j.values()) {
                visitExpr(v);
                emit(Opcode.LIST_APPEND, 1);
            }
            emit(Opcode.CALL, 1);
        } else {
            for (Expr v : j.values()) visitExpr(v);
            if (n != 1) emit(Opcode.BUILD_STRING, n);
        }
    }

    private void slice(Expr.Slice s) {
        int n = 2;
        if (s.lower() != null) visitExpr(s.lower());
        else loadConst(skein.interpreter.ast.NoneConstant.NONE);
        if (s.upper() != null) visitExpr(s.upper());
        else loadConst(skein.interpreter.ast.NoneConstant.NONE);
        if (s.step() != null) {
            visitExpr(s.step());
            n = 3;
        }
        emit(Opcode.BUILD_SLICE, n);
    }

    // ---- attributes ----

    /**
     * CPython's update_start_location_to_match_attr: an attribute access or method call that
     * spans lines is reported on the line of the attribute name. Returns the old location.
     */
    int[] locToAttr(Expr.Attribute a) {
        int[] old = saveLoc();
        if (u.line != a.endLineno()) {
            u.line = a.endLineno();
            int len = a.attr().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (len <= a.endColOffset()) {
                u.col = a.endColOffset() - len;
            } else {
                u.col = -1;
                u.endCol = -1;
            }
            u.endLine = Math.max(u.line, u.endLine);
        }
        return old;
    }

    private void attribute(Expr.Attribute a) {
        visitExpr(a.value());
        int[] old = locToAttr(a);
        emitName(switch (a.ctx()) {
            case Load -> Opcode.LOAD_ATTR;
            case Store -> Opcode.STORE_ATTR;
            case Del -> Opcode.DELETE_ATTR;
        }, mangle(a.attr()));
        u.line = old[0];
    }

    // ---- calls ----

    private void call(Expr.Call c) {
        if (methodCall(c)) return;
        int[] saved = saveLoc();
        setLoc(c.func());
        emit(Opcode.PUSH_NULL);
        restoreLoc(saved);
        visitExpr(c.func());
        callHelper(0, c.args(), c.keywords());
    }

    private boolean methodCall(Expr.Call c) {
        if (!(c.func() instanceof Expr.Attribute meth) || meth.ctx() != ExprContext.Load) return false;
        // 3.11 does not use LOAD_METHOD on a name imported at module level (a module, usually)
        if (meth.value() instanceof Expr.Name n && (symtable.top.flags(n.id()) & Symbol.DEF_IMPORT) != 0) return false;
        int argsl = c.args().size(), kwdsl = c.keywords().size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
        for (Expr a : c.args()) if (a instanceof Expr.Starred) return false;
        for (Keyword k : c.keywords()) if (k.arg() == null) return false;
        validateKeywords(c.keywords());
        visitExpr(meth.value());
        int[] old = locToAttr(meth);
        emitName(Opcode.LOAD_METHOD, mangle(meth.attr()));
        for (Expr a : c.args()) visitExpr(a);
        if (kwdsl > 0) {
            for (Keyword k : c.keywords()) visitExpr(k.value());
            kwNames(c.keywords());
        }
        locToAttr(meth);
        emit(Opcode.CALL, argsl + kwdsl);
        u.line = old[0];
        return true;
    }

    private void validateKeywords(List<Keyword> kws) {
        Set<String> seen = new HashSet<>();
        for (Keyword k : kws) {
            if (k.arg() != null && !seen.add(k.arg())) {
                throw error("keyword argument repeated: " + k.arg(), k);
            }
        }
    }

    private void kwNames(List<Keyword> kws) {
        Object[] names = new Object[kws.size()];
        for (int i = 0; i < names.length; i++) names[i] = kws.get(i).arg();
        emit(Opcode.KW_NAMES, u.addConst(new ConstTuple(names)));
    }

    /** Arguments and the call itself, {@code pushed} arguments being on the stack already. */
    void callHelper(int pushed, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size(), nkw = keywords.size();
        boolean ex = nelts + nkw * 2 > STACK_USE_GUIDELINE;
        for (Expr a : args) if (a instanceof Expr.Starred) ex = true;
        for (Keyword k : keywords) if (k.arg() == null) ex = true;
        if (!ex) {
            for (Expr a : args) visitExpr(a);
            if (nkw > 0) {
                for (Keyword k : keywords) visitExpr(k.value());
                kwNames(keywords);
            }
            emit(Opcode.CALL, pushed + nelts + nkw);
            return;
        }
        if (pushed == 0 && nelts == 1 && args.get(0) instanceof Expr.Starred s) {
            visitExpr(s.value());
        } else {
            starUnpack(args, pushed, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
        }
        if (nkw > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkw; i++) {
                Keyword k = keywords.get(i);
                if (k.arg() == null) {
                    if (nseen > 0) {
                        subkwargs(keywords, i - nseen, i);
                        if (haveDict) emit(Opcode.DICT_MERGE, 1);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        emit(Opcode.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    visitExpr(k.value());
                    emit(Opcode.DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(keywords, nkw - nseen, nkw);
                if (haveDict) emit(Opcode.DICT_MERGE, 1);
            }
        }
        emit(Opcode.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
    }

    private void subkwargs(List<Keyword> kws, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            Object[] keys = new Object[n];
            for (int i = begin; i < end; i++) {
                visitExpr(kws.get(i).value());
                keys[i - begin] = kws.get(i).arg();
            }
            loadConst(new ConstTuple(keys));
            emit(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            int[] saved = saveLoc();
            unsetLoc();
            emit(Opcode.BUILD_MAP, 0);
            restoreLoc(saved);
        }
        for (int i = begin; i < end; i++) {
            loadConst(kws.get(i).arg());
            visitExpr(kws.get(i).value());
            if (big) {
                int[] saved = saveLoc();
                unsetLoc();
                emit(Opcode.MAP_ADD, 1);
                restoreLoc(saved);
            }
        }
        if (!big) emit(Opcode.BUILD_MAP, n);
    }

    static List<Expr> listOf(Expr e) {
        List<Expr> l = new ArrayList<>();
        l.add(e);
        return l;
    }
}
