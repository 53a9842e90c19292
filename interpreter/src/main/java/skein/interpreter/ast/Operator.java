package skein.interpreter.ast;

/** Binary operators; constant names are CPython's so that dumps and {@code dis} output read alike. */
public enum Operator {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
}
