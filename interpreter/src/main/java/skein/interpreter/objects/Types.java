package skein.interpreter.objects;

/**
 * The builtin types, made once at start-up and immortal. Here is only the hierarchy; the
 * methods and descriptors in their dictionaries are installed by the builtins layer
 * ({@code skein.interpreter.builtins}) when the runtime starts, so that no class
 * initialisation order matters.
 */
public final class Types {
    private Types() {}

    public static final PyType OBJECT = builtin("object", null);

    static {
        OBJECT.setFactory((ts, t) -> new PyInstance(ts, t));
    }
    public static final PyType TYPE = builtin("type", OBJECT);

    public static final PyType NONE = builtin("NoneType", OBJECT);
    public static final PyType NOT_IMPLEMENTED = builtin("NotImplementedType", OBJECT);
    public static final PyType ELLIPSIS = builtin("ellipsis", OBJECT);
    public static final PyType INT = builtin("int", OBJECT);
    public static final PyType BOOL = builtin("bool", INT);
    public static final PyType FLOAT = builtin("float", OBJECT);
    public static final PyType COMPLEX = builtin("complex", OBJECT);
    public static final PyType STR = builtin("str", OBJECT);
    public static final PyType BYTES = builtin("bytes", OBJECT);
    public static final PyType TUPLE = builtin("tuple", OBJECT);
    public static final PyType LIST = builtin("list", OBJECT);
    public static final PyType DICT = builtin("dict", OBJECT);
    public static final PyType SET = builtin("set", OBJECT);
    public static final PyType FROZENSET = builtin("frozenset", OBJECT);
    public static final PyType RANGE = builtin("range", OBJECT);
    public static final PyType SLICE = builtin("slice", OBJECT);

    public static final PyType CODE = builtin("code", OBJECT);
    public static final PyType FUNCTION = builtin("function", OBJECT);
    public static final PyType METHOD = builtin("method", OBJECT);
    public static final PyType CELL = builtin("cell", OBJECT);
    public static final PyType MODULE = builtin("module", OBJECT);
    public static final PyType BUILTIN_FUNCTION = builtin("builtin_function_or_method", OBJECT);
    public static final PyType METHOD_DESCRIPTOR = builtin("method_descriptor", OBJECT);
    public static final PyType WRAPPER_DESCRIPTOR = builtin("wrapper_descriptor", OBJECT);
    public static final PyType GETSET_DESCRIPTOR = builtin("getset_descriptor", OBJECT);
    public static final PyType CLASSMETHOD_DESCRIPTOR = builtin("classmethod_descriptor", OBJECT);
    public static final PyType PROPERTY = builtin("property", OBJECT);
    public static final PyType CLASSMETHOD = builtin("classmethod", OBJECT);
    public static final PyType STATICMETHOD = builtin("staticmethod", OBJECT);
    public static final PyType SUPER = builtin("super", OBJECT);
    public static final PyType GENERATOR = builtin("generator", OBJECT);
    public static final PyType FRAME = builtin("frame", OBJECT);
    public static final PyType TRACEBACK = builtin("traceback", OBJECT);
    /** Dict views and the dict and set iterators (installed by {@code MappingTypes}). */
    public static final PyType DICT_KEYS = builtin("dict_keys", OBJECT);
    public static final PyType DICT_VALUES = builtin("dict_values", OBJECT);
    public static final PyType DICT_ITEMS = builtin("dict_items", OBJECT);
    public static final PyType DICT_KEYITERATOR = builtin("dict_keyiterator", OBJECT);
    public static final PyType DICT_VALUEITERATOR = builtin("dict_valueiterator", OBJECT);
    public static final PyType DICT_ITEMITERATOR = builtin("dict_itemiterator", OBJECT);
    public static final PyType DICT_REVERSEKEYITERATOR = builtin("dict_reversekeyiterator", OBJECT);
    public static final PyType DICT_REVERSEVALUEITERATOR = builtin("dict_reversevalueiterator", OBJECT);
    public static final PyType DICT_REVERSEITEMITERATOR = builtin("dict_reverseitemiterator", OBJECT);
    public static final PyType SET_ITERATOR = builtin("set_iterator", OBJECT);
    /** The many iterator types share one Python-visible type per kind; see the builtins layer. */
    public static final PyType ITERATOR = builtin("iterator", OBJECT);

    // the iterator types of the sequences and the iteration builtins (skein.interpreter.builtins.SequenceTypes)
    public static final PyType LIST_ITERATOR = builtin("list_iterator", OBJECT);
    public static final PyType LIST_REVERSEITERATOR = builtin("list_reverseiterator", OBJECT);
    public static final PyType TUPLE_ITERATOR = builtin("tuple_iterator", OBJECT);
    public static final PyType RANGE_ITERATOR = builtin("range_iterator", OBJECT);
    public static final PyType LONGRANGE_ITERATOR = builtin("longrange_iterator", OBJECT);
    public static final PyType CALLABLE_ITERATOR = builtin("callable_iterator", OBJECT);
    public static final PyType ENUMERATE = builtin("enumerate", OBJECT);
    public static final PyType ZIP = builtin("zip", OBJECT);
    public static final PyType MAP = builtin("map", OBJECT);
    public static final PyType FILTER = builtin("filter", OBJECT);
    public static final PyType REVERSED = builtin("reversed", OBJECT);

    // the iterator types of str and bytes (skein.interpreter.builtins.StrTypes)
    public static final PyType STR_ITERATOR = builtin("str_iterator", OBJECT);
    public static final PyType STR_ASCII_ITERATOR = builtin("str_ascii_iterator", OBJECT);
    public static final PyType BYTES_ITERATOR = builtin("bytes_iterator", OBJECT);

    public static PyType builtin(String name, PyType base) {
        return new PyType(name, base == null ? new PyType[0] : new PyType[] {base}, new PyDict());
    }
}
