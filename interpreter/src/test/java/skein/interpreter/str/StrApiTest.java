package skein.interpreter.str;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the vectors cannot show: the attributes carried by Unicode errors, the shapes of results
 * the interpreter consumes, and the representation's code point indexing. Expected values were
 * checked against CPython 3.11.
 */
class StrApiTest {

    @Test
    void encodeErrorCarriesPythonAttributes() {
        StrError e = assertThrows(StrError.class, () -> StrCodec.encode("ab\u00e9\u00e8c", "ascii", "strict"));
        assertEquals("UnicodeEncodeError", e.pythonType());
        assertEquals("'ascii' codec can't encode characters in position 2-3: ordinal not in range(128)", e.getMessage());
        StrError.UnicodeDetails d = e.unicodeDetails();
        assertEquals(new StrError.UnicodeDetails("ascii", "ab\u00e9\u00e8c", 2, 4, "ordinal not in range(128)"), d);
    }

    @Test
    void encodeErrorPositionsCountCodePoints() {
        StrError e = assertThrows(StrError.class, () -> StrCodec.encode("\uD83D\uDE00a\u00e9", "ascii", "strict"));
        assertEquals("'ascii' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(128)", e.getMessage());
        e = assertThrows(StrError.class, () -> StrCodec.encode("\uD83D\uDE00a\uDC80", "utf-8", "strict"));
        assertEquals("'utf-8' codec can't encode character '\\udc80' in position 2: surrogates not allowed", e.getMessage());
        assertEquals(2, e.unicodeDetails().start());
    }

    @Test
    void decodeErrorCarriesPythonAttributes() {
        byte[] b = {'a', 'b', (byte) 0xE2, (byte) 0x82, 'A'};
        StrError e = assertThrows(StrError.class, () -> StrCodec.decode(b, "utf-8", "strict"));
        assertEquals("UnicodeDecodeError", e.pythonType());
        assertEquals("'utf-8' codec can't decode bytes in position 2-3: invalid continuation byte", e.getMessage());
        assertEquals(2, e.unicodeDetails().start());
        assertEquals(4, e.unicodeDetails().end());
        assertSame(b, e.unicodeDetails().object());
    }

    @Test
    void otherErrorsHaveNoUnicodeDetails() {
        StrError e = assertThrows(StrError.class, () -> StrSearch.index("abc", "z", 0, Integer.MAX_VALUE));
        assertEquals("ValueError", e.pythonType());
        assertEquals("substring not found", e.getMessage());
        assertNull(e.unicodeDetails());
    }

    @Test
    void loneSurrogateHalvesDoNotMatchInsideAPair() {
        String s = "x\uD83D\uDE00y";
        assertEquals(3, StrIndex.length(s));
        assertEquals(-1, StrSearch.find(s, "\uDE00"));
        assertEquals(-1, StrSearch.rfind(s, "\uD83D"));
        assertEquals(0, StrSearch.count(s, "\uDE00y"));
        assertEquals(List.of(s), StrSplit.split(s, "\uD83D", -1));
        assertEquals(1, StrSearch.find(s, "\uD83D\uDE00"));
        assertEquals(2, StrSearch.find(s, "y"));
        assertEquals("\uD83D\uDE00", StrIndex.getItem(s, -2));
        assertEquals("y\uD83D\uDE00x", StrIndex.slice(s, null, null, -1));
    }

    @Test
    void sliceIndicesMatchSliceIndicesMethod() {
        // slice(None, None, -1).indices(5) == (4, -1, -1), 5 items
        assertEquals(new StrIndex.Slice(4, -1, -1, 5), StrIndex.sliceIndices(null, null, -1, 5));
        // slice(-100, 100, 3).indices(10) == (0, 10, 3), 4 items
        assertEquals(new StrIndex.Slice(0, 10, 3, 4), StrIndex.sliceIndices(-100, 100, 3, 10));
    }

    @Test
    void compareIsByCodePoint() {
        assertTrue(StrIndex.compare("\uFFFF", "\uD800\uDC00") < 0);
        assertTrue("\uFFFF".compareTo("\uD800\uDC00") > 0, "String.compareTo orders by UTF-16 unit");
        assertTrue(StrIndex.compare("ab", "abc") < 0);
        assertEquals(0, StrIndex.compare("\u00e9", "\u00e9"));
    }

    @Test
    void maketransKeepsDictOrderAndNone() {
        Map<Integer, Object> m = StrTranslate.maketrans("ab", "xy", "c");
        assertEquals(List.of((int) 'a', (int) 'b', (int) 'c'), List.copyOf(m.keySet()));
        assertEquals((int) 'x', m.get((int) 'a'));
        assertTrue(m.containsKey((int) 'c'));
        assertNull(m.get((int) 'c'));
    }

    @Test
    void translateAcceptsLongsAndRejectsOtherTypes() {
        assertEquals("\uD83D\uDE00b", StrTranslate.translate("ab", cp -> cp == 'a' ? (Object) 0x1F600L : StrTranslate.MISSING));
        StrError e = assertThrows(StrError.class, () -> StrTranslate.translate("a", cp -> List.of()));
        assertEquals("TypeError", e.pythonType());
        assertEquals("character mapping must return integer, None or str", e.getMessage());
        e = assertThrows(StrError.class, () -> StrTranslate.translate("a", cp -> Long.MAX_VALUE));
        assertEquals("character mapping must be in range(0x110000)", e.getMessage());
    }

    @Test
    void joinTypeErrorMessage() {
        assertEquals("sequence item 1: expected str instance, int found", StrJoin.notStr(1, "int").getMessage());
        assertEquals("a, b", StrJoin.join(", ", List.of("a", "b")));
    }

    @Test
    void fastPathsAgreeWithSlowPaths() {
        // the same text with and without a surrogate pair elsewhere must give the same answers
        String plain = "hello world, hello";
        String astral = plain + "\uD83D\uDE00";
        assertEquals(StrSearch.rfind(plain, "hello", 1, 100), StrSearch.rfind(astral, "hello", 1, 100));
        assertEquals(StrSearch.count(plain, "l", -10, -2), StrSearch.count(astral, "l", -11, -3));
        assertEquals(StrSplit.rsplit(plain, "o", 2), StrSplit.rsplit(astral, "o", 2).subList(0, 3).stream()
                .map(x -> x.replace("\uD83D\uDE00", "")).toList());
    }

    @Test
    void hasSurrogatesDecidesTheFastPath() {
        assertFalse(StrIndex.hasSurrogates("caf\u00e9 \u4e2d"));
        assertTrue(StrIndex.hasSurrogates("\uD83D\uDE00"));
        assertTrue(StrIndex.hasSurrogates("\uDC80"));
    }

    @Test
    void encodeAliasesUseCanonicalNames() {
        assertEquals("latin-1", StrCodec.canonical("ISO-8859-1"));
        assertEquals("utf-8", StrCodec.canonical("UTF8"));
        assertEquals("ascii", StrCodec.canonical("us_ascii"));
        assertNull(StrCodec.canonical("cp1252"));
        assertArrayEquals("caf\u00e9".getBytes(StandardCharsets.UTF_8), StrCodec.encode("caf\u00e9", "U8", "strict"));
    }
}
