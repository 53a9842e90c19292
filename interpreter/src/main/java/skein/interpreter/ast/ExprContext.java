package skein.interpreter.ast;

/** Whether a name/attribute/subscript/starred/list/tuple is read, assigned or deleted. */
public enum ExprContext {
    Load, Store, Del
}
