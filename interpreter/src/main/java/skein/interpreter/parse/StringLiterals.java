package skein.interpreter.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import skein.interpreter.ast.Expr;

/**
 * String and bytes literals, following CPython 3.11's {@code _PyPegen_concatenate_strings} and
 * {@code Parser/string_parser.c}: prefixes, escape decoding (with CPython's exact error texts and
 * positions), and concatenation of adjacent literals, where bytes may only meet bytes and f-strings
 * are handed to {@link FStringParser}.
 */
final class StringLiterals {
    private StringLiterals() {
    }

    static Expr concatenate(ExpressionRules p, List<Token> toks) {
        Token first = toks.get(0);
        Token lastTok = toks.get(toks.size() - 1);
        boolean bytesmode = false;
        ByteArrayOutputStream bytes = null;
        FStringParser.State state = new FStringParser.State();
        byte[] b = p.tz.buf;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            int s = t.startByte;
            int end = t.endByte;
            boolean thisBytes = false;
            boolean raw = false;
            boolean fmode = false;
            int quote = b[s] & 0xff;
            while (isAlpha(quote)) {
                if (quote == 'b' || quote == 'B') {
                    thisBytes = true;
                } else if (quote == 'r' || quote == 'R') {
                    raw = true;
                } else if (quote == 'f' || quote == 'F') {
                    fmode = true;
                }
                quote = b[++s] & 0xff;
            }
            s++;
            int len = end - s - 1; // without the closing quote
            if (len >= 4 && b[s] == quote && b[s + 1] == quote) {
                s += 2;
                len -= 4;
            }
            int bodyEnd = s + len;
            if (i != 0 && bytesmode != thisBytes) {
                throw p.raiseSyntaxError("cannot mix bytes and nonbytes literals");
            }
            bytesmode = thisBytes;
            if (fmode) {
                FStringParser.concatFstring(p, state, new int[] {s}, bodyEnd, raw, 0, first, t, lastTok);
                continue;
            }
            boolean noEscapes = true;
            for (int k = s; k < bodyEnd; k++) {
                if (b[k] == '\\') {
                    noEscapes = false;
                    break;
                }
            }
            raw = raw || noEscapes;
            if (bytesmode) {
                for (int k = s; k < bodyEnd; k++) {
                    if ((b[k] & 0xff) >= 0x80) {
                        throw p.raiseAt(t, "bytes can only contain ASCII literal characters");
                    }
                }
                if (bytes == null) {
                    bytes = new ByteArrayOutputStream();
                }
                if (raw) {
                    bytes.write(b, s, len);
                } else {
                    decodeBytesEscapes(p, b, s, bodyEnd, bytes);
                }
            } else if (raw) {
                state.concat(new String(b, s, len, StandardCharsets.UTF_8));
            } else {
                state.concat(decodeUnicodeEscapes(p, b, s, bodyEnd));
            }
        }
        if (bytesmode) {
            return new Expr.Constant(bytes.toByteArray(), null, first.lineno, first.colOffset, lastTok.endLineno,
                    lastTok.endColOffset);
        }
        return FStringParser.finish(state, first, lastTok);
    }

    private static boolean isAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    // ---- escapes -------------------------------------------------------------------------

    /**
     * {@code decode_unicode_with_escapes}: CPython first rewrites non-ASCII characters as
     * {@code \Uxxxxxxxx} escapes (and a backslash before them or at the end as an escaped backslash) and
     * then runs the {@code unicode_escape} codec; error positions refer to that rewritten text, so
     * the rewrite is reproduced here.
     */
    static String decodeUnicodeEscapes(ParserCore p, byte[] b, int s, int end) {
        StringBuilder buf = new StringBuilder((end - s) + 8);
        while (s < end) {
            if (b[s] == '\\') {
                buf.append('\\');
                s++;
                if (s >= end || (b[s] & 0x80) != 0) {
                    buf.append("u005c");
                    if (s >= end) {
                        break;
                    }
                }
            }
            if ((b[s] & 0x80) != 0) {
                int t = s;
                while (t < end && (b[t] & 0x80) != 0) {
                    t++;
                }
                String w = new String(b, s, t - s, StandardCharsets.UTF_8);
                w.codePoints().forEach(cp -> buf.append(String.format("\\U%08x", cp)));
                s = t;
            } else {
                buf.append((char) b[s++]);
            }
        }
        return unicodeEscape(p, buf);
    }

    private static String unicodeEscape(ParserCore p, CharSequence in) {
        int n = in.length();
        StringBuilder out = new StringBuilder(n);
        int s = 0;
        while (s < n) {
            char c = in.charAt(s++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            int startinpos = s - 1;
            if (s >= n) {
                throw decodeError(p, startinpos, s, "\\ at end of string");
            }
            c = in.charAt(s++);
            switch (c) {
                case '\n' -> {
                }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'v' -> out.append('\013');
                case 'a' -> out.append('\007');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int ch = c - '0';
                    if (s < n && in.charAt(s) >= '0' && in.charAt(s) <= '7') {
                        ch = (ch << 3) + in.charAt(s++) - '0';
                        if (s < n && in.charAt(s) >= '0' && in.charAt(s) <= '7') {
                            ch = (ch << 3) + in.charAt(s++) - '0';
                        }
                    }
                    out.appendCodePoint(ch);
                }
                case 'x', 'u', 'U' -> {
                    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    String message = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape"
                            : "truncated \\UXXXXXXXX escape";
                    long ch = 0;
                    for (; count > 0; ++s, --count) {
                        if (s >= n) {
                            throw decodeError(p, startinpos, s, message);
                        }
                        int d = Character.digit(in.charAt(s), 16);
                        if (d < 0 || in.charAt(s) > 0x7f) {
                            throw decodeError(p, startinpos, s, message);
                        }
                        ch = (ch << 4) + d;
                    }
                    if (ch > 0x10FFFF) {
                        throw decodeError(p, startinpos, s, "illegal Unicode character");
                    }
                    out.appendCodePoint((int) ch);
                }
                case 'N' -> {
                    String message = "malformed \\N character escape";
                    if (s >= n) {
                        throw decodeError(p, startinpos, s, message);
                    }
                    if (in.charAt(s) == '{') {
                        int start = ++s;
                        while (s < n && in.charAt(s) != '}') {
                            s++;
                        }
                        if (s >= n) {
                            throw decodeError(p, startinpos, s, message);
                        }
                        int namelen = s - start;
                        if (namelen > 0) {
                            s++;
                            Integer cp = lookupName(in.subSequence(start, start + namelen).toString());
                            if (cp != null) {
                                out.appendCodePoint(cp);
                                continue;
                            }
                            message = "unknown Unicode character name";
                        }
                    }
                    throw decodeError(p, startinpos, s, message);
                }
                default -> {
                    // An invalid escape: CPython warns (DeprecationWarning) and keeps it verbatim.
                    out.append('\\').append(c);
                }
            }
        }
        return out.toString();
    }

    /**
     * Unicode character names for {@code \N{...}}, via the JDK's name table (case-insensitive, as
     * in CPython). CPython's name aliases that the JDK does not know are not recognised.
     */
    static Integer lookupName(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0x7f) {
                return null;
            }
        }
        if (!name.equals(name.strip())) {
            return null;
        }
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ParserCore.Abort decodeError(ParserCore p, int start, int end, String reason) {
        String detail = end == start + 1 ? "can't decode byte 0x5c in position " + start
                : "can't decode bytes in position " + start + "-" + (end - 1);
        return p.raiseSyntaxError("(unicode error) 'unicodeescape' codec " + detail + ": " + reason);
    }

    /** {@code _PyBytes_DecodeEscape}. */
    static void decodeBytesEscapes(ParserCore p, byte[] b, int s, int end, ByteArrayOutputStream out) {
        int begin = s;
        while (s < end) {
            if (b[s] != '\\') {
                out.write(b[s++]);
                continue;
            }
            s++;
            if (s == end) {
                throw p.raiseSyntaxError("(value error) Trailing \\ in string");
            }
            int c = b[s++] & 0xff;
            switch (c) {
                case '\n' -> {
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write('\013');
                case 'a' -> out.write('\007');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    if (s < end && b[s] >= '0' && b[s] <= '7') {
                        v = (v << 3) + b[s++] - '0';
                        if (s < end && b[s] >= '0' && b[s] <= '7') {
                            v = (v << 3) + b[s++] - '0';
                        }
                    }
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    if (s + 1 < end) {
                        int d1 = Character.digit(b[s], 16);
                        int d2 = Character.digit(b[s + 1], 16);
                        if (d1 >= 0 && d2 >= 0) {
                            out.write((d1 << 4) + d2);
                            s += 2;
                            break;
                        }
                    }
                    throw p.raiseSyntaxError("(value error) invalid \\x escape at position " + (s - 2 - begin));
                }
                default -> {
                    out.write('\\');
                    s--;
                }
            }
        }
    }
}
