package skein.interpreter.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import skein.interpreter.parse.Parser;

/**
 * The symbol table against CPython 3.11's {@code symtable} module: for every case of
 * {@code compile/symtable.txt}, every table (type, name, line, parameters) and every symbol's
 * flags and resolved scope must equal what {@code generate.py} recorded in
 * {@code symtable.expected}.
 */
class SymbolTableTest {
    @TestFactory
    Stream<DynamicTest> matchesCPythonSymtable() {
        Map<String, String> sources = Cases.read("symtable.txt");
        Map<String, String> expected = Cases.read("symtable.expected");
        assertEquals(sources.keySet(), expected.keySet(), "regenerate symtable.expected with generate.py");
        return sources.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            SymbolTable st = SymbolTable.build(Parser.parseModule(e.getValue(), "x"), "x", e.getValue());
            List<String> out = new ArrayList<>();
            dump(st.top, out);
            assertEquals(expected.get(e.getKey()), String.join("\n", out) + "\n");
        }));
    }

    static void dump(Scope s, List<String> out) {
        String type = switch (s.kind) {
            case MODULE -> "module";
            case CLASS -> "class";
            case FUNCTION -> "function";
        };
        out.add("TABLE " + type + " " + s.name + " " + s.lineno);
        out.add("  varnames " + String.join(",", s.varnames));
        for (String name : s.symbolNames()) {
            out.add("  " + name + " " + s.flags(name) + " " + s.scope(name));
        }
        for (Scope c : s.children) dump(c, out);
    }
}
