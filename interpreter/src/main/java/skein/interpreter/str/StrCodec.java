package skein.interpreter.str;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * {@code str.encode} and {@code bytes.decode} for the codecs 'utf-8', 'ascii' and 'latin-1'
 * (and their Python aliases), with CPython 3.11's error positions and messages.
 *
 * <p>Error handlers: 'strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape',
 * 'surrogatepass', and 'xmlcharrefreplace' (encode only; decode raises CPython's TypeError).
 * 'namereplace' and handlers registered with {@code codecs.register_error} are not supported
 * (NotImplementedError). As in CPython, the handler name is only looked up when an error occurs,
 * so an unknown name (LookupError {@code unknown error handler name 'x'}) is only reported then.
 *
 * <p>An unsupported encoding gives LookupError {@code unknown encoding: x}; the interpreter may
 * try other codecs first.
 *
 * <p>Positions are code point indexes (encode) and byte offsets (decode). Failures report the
 * run of consecutive unencodable characters as CPython does ("characters in position 1-3").
 */
public final class StrCodec {
    private StrCodec() {}

    /** The canonical names CPython uses in messages. */
    public static final String UTF_8 = "utf-8", ASCII = "ascii", LATIN_1 = "latin-1";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("utf_8", UTF_8), Map.entry("utf8", UTF_8), Map.entry("u8", UTF_8), Map.entry("utf", UTF_8),
            Map.entry("utf8_ucs2", UTF_8), Map.entry("utf8_ucs4", UTF_8), Map.entry("cp65001", UTF_8),
            Map.entry("ascii", ASCII), Map.entry("646", ASCII), Map.entry("us_ascii", ASCII), Map.entry("us", ASCII),
            Map.entry("ansi_x3.4_1968", ASCII), Map.entry("ansi_x3_4_1968", ASCII), Map.entry("ansi_x3.4_1986", ASCII),
            Map.entry("cp367", ASCII), Map.entry("csascii", ASCII), Map.entry("ibm367", ASCII),
            Map.entry("iso646_us", ASCII), Map.entry("iso_646.irv_1991", ASCII), Map.entry("iso_ir_6", ASCII),
            Map.entry("latin_1", LATIN_1), Map.entry("latin1", LATIN_1), Map.entry("latin", LATIN_1), Map.entry("l1", LATIN_1),
            Map.entry("iso_8859_1", LATIN_1), Map.entry("iso8859_1", LATIN_1), Map.entry("8859", LATIN_1),
            Map.entry("cp819", LATIN_1), Map.entry("ibm819", LATIN_1), Map.entry("iso_8859_1_1987", LATIN_1),
            Map.entry("iso_ir_100", LATIN_1), Map.entry("csisolatin1", LATIN_1));

    /**
     * The canonical name ({@link #UTF_8}, {@link #ASCII}, {@link #LATIN_1}) of a Python encoding
     * name, normalised as {@code encodings.normalize_encoding} does, or null if not one of these.
     */
    public static String canonical(String encoding) {
        String n = normalize(encoding);
        String r = ALIASES.get(n);
        return r != null ? r : ALIASES.get(n.replace('.', '_'));
    }

    /** CPython's {@code _Py_normalize_encoding}: lowercase, each run of other than [a-z0-9.] becomes one '_'. */
    private static String normalize(String encoding) {
        String lower = encoding.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean punct = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
                if (punct && sb.length() > 0) sb.append('_');
                sb.append(c);
                punct = false;
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    /**
     * Whether CPython encodes/decodes with this name through its C fast path rather than the codec
     * registry. Through the registry, a LookupError or TypeError from the error handler is
     * wrapped: {@code "encoding with 'u8' codec failed (LookupError: ...)"}.
     */
    private static boolean fastPath(String encoding) {
        return switch (normalize(encoding)) {
            case "utf8", "utf_8", "ascii", "us_ascii", "latin1", "latin_1", "iso_8859_1", "iso8859_1" -> true;
            default -> false;
        };
    }

    private static StrError wrapped(StrError e, String operation, String encoding) {
        if (e.unicodeDetails() != null || fastPath(encoding)) return e;
        return new StrError(e.pythonType(), operation + " with '" + encoding + "' codec failed (" + e.pythonType() + ": " + e.getMessage() + ")");
    }

    private static String codec(String encoding) {
        String c = canonical(encoding);
        if (c == null) throw new StrError("LookupError", "unknown encoding: " + encoding);
        return c;
    }

    private static void checkHandler(String errors) {
        switch (errors) {
            case "strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass", "xmlcharrefreplace":
                return;
            case "namereplace":
                throw new StrError("NotImplementedError", "the 'namereplace' error handler is not supported");
            default:
                throw new StrError("LookupError", "unknown error handler name '" + errors + "'");
        }
    }

    /** {@code s.encode(encoding, errors)} (defaults: "utf-8", "strict"). */
    public static byte[] encode(String s, String encoding, String errors) {
        try {
            return doEncode(s, encoding, errors);
        } catch (StrError e) {
            if (e.pythonType().equals("LookupError") && e.getMessage().startsWith("unknown encoding")) throw e;
            throw wrapped(e, "encoding", encoding);
        }
    }

    private static byte[] doEncode(String s, String encoding, String errors) {
        String codec = codec(encoding);
        boolean sur = StrIndex.hasSurrogates(s);
        if (codec.equals(UTF_8)) {
            if (!sur || !hasLoneSurrogate(s)) return s.getBytes(StandardCharsets.UTF_8);
        } else {
            int limit = codec.equals(ASCII) ? 0x80 : 0x100;
            boolean ok = true;
            for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= limit) { ok = false; break; }
            if (ok) return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        return encodeSlow(s, codec, errors);
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean encodable(String codec, int cp) {
        return switch (codec) {
            case UTF_8 -> !(cp >= 0xD800 && cp <= 0xDFFF);
            case ASCII -> cp < 0x80;
            default -> cp < 0x100;
        };
    }

    private static String reason(String codec) {
        return switch (codec) {
            case UTF_8 -> "surrogates not allowed";
            case ASCII -> "ordinal not in range(128)";
            default -> "ordinal not in range(256)";
        };
    }

    private static byte[] encodeSlow(String s, String codec, String errors) {
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 16);
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (encodable(codec, cp)) {
                putEncoded(out, codec, cp);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && !encodable(codec, cps[end])) end++;
            checkHandler(errors);
            switch (errors) {
                case "strict" -> throw StrError.encodeError(codec, s, i, end, reason(codec));
                case "ignore" -> { }
                case "replace" -> { for (int k = i; k < end; k++) out.write('?'); }
                case "backslashreplace" -> { for (int k = i; k < end; k++) writeAscii(out, backslash(cps[k])); }
                case "xmlcharrefreplace" -> { for (int k = i; k < end; k++) writeAscii(out, "&#" + cps[k] + ";"); }
                case "surrogateescape" -> {
                    int k = i;
                    while (k < end && cps[k] >= 0xDC80 && cps[k] <= 0xDCFF) out.write(cps[k++] - 0xDC00);
                    if (k < end) throw StrError.encodeError(codec, s, k, end, reason(codec));
                }
                case "surrogatepass" -> {
                    if (!codec.equals(UTF_8)) throw StrError.encodeError(codec, s, i, end, reason(codec));
                    for (int k = i; k < end; k++) putEncoded(out, codec, cps[k]);
                }
                default -> throw new IllegalStateException(errors);
            }
            i = end;
        }
        return out.toByteArray();
    }

    private static String backslash(int cp) {
        if (cp <= 0xFF) return String.format("\\x%02x", cp);
        if (cp <= 0xFFFF) return String.format("\\u%04x", cp);
        return String.format("\\U%08x", cp);
    }

    private static void writeAscii(ByteArrayOutputStream out, String a) {
        for (int k = 0; k < a.length(); k++) out.write(a.charAt(k));
    }

    /** Writes cp in the codec (for UTF-8 also a surrogate, as surrogatepass does). */
    private static void putEncoded(ByteArrayOutputStream out, String codec, int cp) {
        if (!codec.equals(UTF_8) || cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | (cp >> 6));
            out.write(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out.write(0xE0 | (cp >> 12));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        } else {
            out.write(0xF0 | (cp >> 18));
            out.write(0x80 | ((cp >> 12) & 0x3F));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        }
    }

    /**
     * {@code b.decode(encoding, errors)} (defaults: "utf-8", "strict"). Empty input gives "" for
     * any encoding name, as in CPython.
     */
    public static String decode(byte[] b, String encoding, String errors) {
        if (b.length == 0) return "";  // CPython returns "" before looking the codec up
        String codec = codec(encoding);
        try {
            return doDecode(b, codec, errors);
        } catch (StrError e) {
            throw wrapped(e, "decoding", encoding);
        }
    }

    private static String doDecode(byte[] b, String codec, String errors) {
        if (codec.equals(LATIN_1)) return new String(b, StandardCharsets.ISO_8859_1);
        boolean ascii = true;
        for (byte x : b) if (x < 0) { ascii = false; break; }
        if (ascii) return new String(b, StandardCharsets.ISO_8859_1);
        StringBuilder sb = new StringBuilder(b.length);
        if (codec.equals(ASCII)) {
            for (int i = 0; i < b.length; i++) {
                int c = b[i] & 0xFF;
                if (c < 0x80) sb.append((char) c);
                else i = decodeError(sb, b, codec, errors, i, i + 1, "ordinal not in range(128)") - 1;
            }
            return sb.toString();
        }
        int i = 0, n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need;
            int lo = 0x80, hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) need = 1;
            else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) lo = 0xA0;
                else if (c == 0xED) hi = 0x9F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) lo = 0x90;
                else if (c == 0xF4) hi = 0x8F;
            } else {
                i = decodeError(sb, b, codec, errors, i, i + 1, "invalid start byte");
                continue;
            }
            // count the valid continuation bytes present (the second byte has the lead's narrower range)
            int k = 1;
            while (k <= need && i + k < n) {
                int cc = b[i + k] & 0xFF;
                boolean ok = k == 1 ? (cc >= lo && cc <= hi) : (cc >= 0x80 && cc <= 0xBF);
                if (!ok) break;
                k++;
            }
            if (k > need) {
                int cp = c & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
                for (int q = 1; q <= need; q++) cp = (cp << 6) | (b[i + q] & 0x3F);
                sb.appendCodePoint(cp);
                i += need + 1;
            } else if (i + k == n) {
                i = decodeError(sb, b, codec, errors, i, n, "unexpected end of data");
            } else {
                i = decodeError(sb, b, codec, errors, i, i + k, "invalid continuation byte");
            }
        }
        return sb.toString();
    }

    /** Applies the error handler to bytes [start, end); returns where decoding resumes. */
    private static int decodeError(StringBuilder sb, byte[] b, String codec, String errors, int start, int end, String reason) {
        checkHandler(errors);
        switch (errors) {
            case "strict" -> throw StrError.decodeError(codec, b, start, end, reason);
            case "ignore" -> { }
            case "replace" -> sb.append('\uFFFD');
            case "backslashreplace" -> { for (int k = start; k < end; k++) sb.append(String.format("\\x%02x", b[k] & 0xFF)); }
            case "surrogateescape" -> { for (int k = start; k < end; k++) sb.append((char) (0xDC00 + (b[k] & 0xFF))); }
            case "surrogatepass" -> {
                // one UTF-8-encoded surrogate (ED A0..BF 80..BF) at start, else the original error
                if (codec.equals(UTF_8) && b.length - start >= 3 && (b[start] & 0xF0) == 0xE0
                        && (b[start + 1] & 0xC0) == 0x80 && (b[start + 2] & 0xC0) == 0x80) {
                    int cp = ((b[start] & 0x0F) << 12) | ((b[start + 1] & 0x3F) << 6) | (b[start + 2] & 0x3F);
                    if (cp >= 0xD800 && cp <= 0xDFFF) {
                        sb.append((char) cp);
                        return start + 3;
                    }
                }
                throw StrError.decodeError(codec, b, start, end, reason);
            }
            case "xmlcharrefreplace" -> throw StrError.typeError("don't know how to handle UnicodeDecodeError in error callback");
            default -> throw new IllegalStateException(errors);
        }
        return end;
    }
}
