package skein.interpreter.builtins;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Where a readable {@link PyTextFile} gets its text. Counts are code points; a negative
 * count or limit means "no limit". Not thread-safe: the file's lock guards it.
 */
abstract class TextSource {
    /** Up to {@code n} code points; "" at the end. */
    abstract String read(long n) throws IOException;

    /** The next line with its newline, at most {@code limit} code points; "" at the end. */
    abstract String readline(long limit) throws IOException;

    abstract void close() throws IOException;

    /** A byte sequence that is not valid in the file's encoding (UnicodeDecodeError). */
    static final class DecodeError extends IOException {
        DecodeError(String msg) {
            super(msg, null);
        }
    }

    /**
     * A file's whole text, read and decoded on first use (so that a decoding error surfaces
     * from the read, as in CPython). Universal newlines turn {@code \r\n} and {@code \r} into
     * {@code \n} unless the file was opened with {@code newline=''} or {@code '\n'}.
     */
    static final class WholeFile extends TextSource {
        private byte[] bytes;
        private final Charset charset;
        private final String codecName;
        private final CodingErrorAction onError;
        private final boolean translate;
        private String text;
        private int pos;

        /** The file's bytes, read when it was opened (so open() reports a missing or unreadable file). */
        WholeFile(byte[] bytes, Charset charset, String codecName, CodingErrorAction onError, boolean translate) {
            this.bytes = bytes;
            this.charset = charset;
            this.codecName = codecName;
            this.onError = onError;
            this.translate = translate;
        }

        private String text() throws IOException {
            if (text == null) {
                String s = decode(bytes, charset, codecName, onError);
                bytes = null;
                if (translate && s.indexOf('\r') >= 0) s = s.replace("\r\n", "\n").replace('\r', '\n');
                text = s;
            }
            return text;
        }

        @Override
        String read(long n) throws IOException {
            String t = text();
            int end = n < 0 ? t.length() : advance(t, pos, n);
            String r = t.substring(pos, end);
            pos = end;
            return r;
        }

        @Override
        String readline(long limit) throws IOException {
            String t = text();
            int nl = t.indexOf('\n', pos);
            int end = nl < 0 ? t.length() : nl + 1;
            if (limit >= 0) end = Math.min(end, advance(t, pos, limit));
            String r = t.substring(pos, end);
            pos = end;
            return r;
        }

        /** The index {@code n} code points after {@code from}, or the end. */
        private static int advance(String t, int from, long n) {
            int i = from;
            while (n-- > 0 && i < t.length()) i += Character.charCount(t.codePointAt(i));
            return i;
        }

        @Override
        void close() {
            text = null;
            bytes = null;
        }
    }

    /** Strict decoding with CPython's UnicodeDecodeError message. */
    static String decode(byte[] bytes, Charset cs, String codecName, CodingErrorAction onError) throws DecodeError {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            int b = bytes[at] & 0xFF;
            String why;
            if (cs != StandardCharsets.UTF_8) why = "invalid byte";
            else if (at + r.length() >= bytes.length && b >= 0xC2 && b <= 0xF4) why = "unexpected end of data";
            else if (b < 0xC2 || b > 0xF4) why = "invalid start byte";
            else why = "invalid continuation byte";
            throw new DecodeError("'" + codecName + "' codec can't decode byte 0x" + String.format("%02x", b)
                    + " in position " + at + ": " + why);
        }
        dec.flush(out);
        out.flip();
        return out.toString();
    }

    /** A stream read as needed (the console's stdin): lines arrive one at a time. */
    static final class Streaming extends TextSource {
        private final Reader in;
        private int pushback = -1;

        Streaming(Reader in) {
            this.in = in;
        }

        private int nextChar() throws IOException {
            if (pushback >= 0) {
                int c = pushback;
                pushback = -1;
                return c;
            }
            return in.read();
        }

        /** Appends one code point (two chars for a surrogate pair); false at the end. */
        private boolean appendCodePoint(StringBuilder b) throws IOException {
            int c = nextChar();
            if (c < 0) return false;
            b.append((char) c);
            if (Character.isHighSurrogate((char) c)) {
                int d = nextChar();
                if (d >= 0 && Character.isLowSurrogate((char) d)) b.append((char) d);
                else pushback = d;
            }
            return true;
        }

        @Override
        String read(long n) throws IOException {
            StringBuilder b = new StringBuilder();
            while ((n < 0 || n-- > 0) && appendCodePoint(b)) {
                // accumulate
            }
            return b.toString();
        }

        @Override
        String readline(long limit) throws IOException {
            StringBuilder b = new StringBuilder();
            while ((limit < 0 || limit-- > 0) && appendCodePoint(b)) {
                if (b.charAt(b.length() - 1) == '\n') break;
            }
            return b.toString();
        }

        @Override
        void close() throws IOException {
            in.close();
        }
    }
}
