package skein.interpreter.builtins;

import skein.gc.RefCount;
import skein.interpreter.objects.*;
import skein.interpreter.runtime.*;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
 * closefd=True, opener=None)} for text files: modes r, w, a, x (with an optional t). Binary
 * modes and '+' (update) modes need bytes and seeking, which Skein does not have: they raise
 * NotImplementedError saying so. OS errors become CPython's OSError subclasses with
 * {@code errno}, {@code strerror} and {@code filename}.
 */
final class FileOpener {
    private FileOpener() {}

    private static final String[] PARAMS = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};

    static PyObj open(PyThreadState ts, PyObj[] args, PyStr[] kw) {
        PyObj[] b = ModuleSupport.bind(ts, "open", args, kw, PARAMS, 0, 1);
        PyObj file = b[0];
        if (!(file instanceof PyStr fileStr)) {
            if (file instanceof PyInt) throw Exceptions.of(ts, Exceptions.NOT_IMPLEMENTED_ERROR, "open() of a file descriptor is not supported by Skein");
            throw Exceptions.typeError(ts, "expected str, bytes or os.PathLike object, not " + file.typeName());
        }
        String name = fileStr.value;
        String mode = strArg(ts, "mode", b[1], "r");
        String encoding = optStr(ts, "encoding", b[3]);
        String errors = optStr(ts, "errors", b[4]);
        String newline = optStr(ts, "newline", b[5]);
        char kind = parseMode(ts, mode);
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r") && !newline.equals("\r\n")) {
            throw Exceptions.valueError(ts, "illegal newline value: " + newline);
        }
        Charset cs = charset(ts, encoding);
        String shownEncoding = encoding == null ? "utf-8" : encoding; // CPython in UTF-8 mode (-X utf8), as the golden corpus runs
        String codecName = cs == StandardCharsets.UTF_8 ? "utf-8" : cs.name().toLowerCase();
        CodingErrorAction onError = errors == null || errors.equals("strict") ? CodingErrorAction.REPORT
                : errors.equals("ignore") ? CodingErrorAction.IGNORE : CodingErrorAction.REPLACE;
        if (name.isEmpty()) throw osError(ts, Exceptions.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", name);
        if (name.indexOf('\0') >= 0) throw Exceptions.valueError(ts, "embedded null character");
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw Exceptions.valueError(ts, "embedded null character");
        }
        String shownMode = mode.replace("t", "");
        try {
            if (Files.isDirectory(path)) throw osError(ts, Exceptions.IS_A_DIRECTORY_ERROR, 21, "Is a directory", name);
            if (kind == 'r') {
                byte[] bytes = Files.readAllBytes(path);
                TextSource src = new TextSource.WholeFile(bytes, cs, codecName, onError, newline == null);
                return PyTextFile.forReading(ts, name, shownMode, shownEncoding, src);
            }
            List<OpenOption> opts = new ArrayList<>(List.of(StandardOpenOption.WRITE));
            switch (kind) {
                case 'w' -> { opts.add(StandardOpenOption.CREATE); opts.add(StandardOpenOption.TRUNCATE_EXISTING); }
                case 'a' -> { opts.add(StandardOpenOption.CREATE); opts.add(StandardOpenOption.APPEND); }
                default -> opts.add(StandardOpenOption.CREATE_NEW);
            }
            OutputStream out = Files.newOutputStream(path, opts.toArray(new OpenOption[0]));
            var enc = cs.newEncoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
            return PyTextFile.forWriting(ts, name, shownMode, shownEncoding, new BufferedWriter(new OutputStreamWriter(out, enc)));
        } catch (NoSuchFileException e) {
            throw osError(ts, Exceptions.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", name);
        } catch (FileAlreadyExistsException e) {
            throw osError(ts, Exceptions.FILE_EXISTS_ERROR, 17, "File exists", name);
        } catch (AccessDeniedException e) {
            throw osError(ts, Exceptions.PERMISSION_ERROR, 13, "Permission denied", name);
        } catch (NotDirectoryException e) {
            throw osError(ts, Exceptions.NOT_A_DIRECTORY_ERROR, 20, "Not a directory", name);
        } catch (IOException e) {
            String msg = e.getMessage() == null ? "Input/output error" : e.getMessage();
            if (msg.contains("Not a directory")) throw osError(ts, Exceptions.NOT_A_DIRECTORY_ERROR, 20, "Not a directory", name);
            throw osError(ts, Exceptions.OS_ERROR, 5, "Input/output error", name);
        }
    }

    /** Validates a mode string as CPython's io.open; returns 'r', 'w', 'a' or 'x'. */
    private static char parseMode(PyThreadState ts, String mode) {
        int r = 0, w = 0, a = 0, x = 0, plus = 0, bin = 0, text = 0;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwaxb+tU".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw Exceptions.valueError(ts, "invalid mode: " + ModuleSupport.quote(mode));
            }
            switch (c) {
                case 'r' -> r = 1;
                case 'w' -> w = 1;
                case 'a' -> a = 1;
                case 'x' -> x = 1;
                case '+' -> plus = 1;
                case 'b' -> bin = 1;
                case 't' -> text = 1;
                default -> r = 1; // 'U': universal newlines, a read mode
            }
        }
        if (bin == 1 && text == 1) throw Exceptions.valueError(ts, "can't have text and binary mode at once");
        if (r + w + a + x != 1) throw Exceptions.valueError(ts, "must have exactly one of create/read/write/append mode");
        if (bin == 1) throw Exceptions.of(ts, Exceptions.NOT_IMPLEMENTED_ERROR, "binary file modes are not supported by Skein (mode " + ModuleSupport.quote(mode) + ")");
        if (plus == 1) throw Exceptions.of(ts, Exceptions.NOT_IMPLEMENTED_ERROR, "update file modes ('+') are not supported by Skein (mode " + ModuleSupport.quote(mode) + ")");
        return r == 1 ? 'r' : w == 1 ? 'w' : a == 1 ? 'a' : 'x';
    }

    private static Charset charset(PyThreadState ts, String encoding) {
        if (encoding == null) return StandardCharsets.UTF_8;
        String e = encoding.toLowerCase().replace('_', '-');
        if (e.equals("utf8") || e.equals("utf-8") || e.equals("u8")) return StandardCharsets.UTF_8;
        if (e.equals("latin-1") || e.equals("latin1") || e.equals("l1")) return StandardCharsets.ISO_8859_1;
        try {
            return Charset.forName(e);
        } catch (IllegalArgumentException ex) {
            PyType lookup = Exceptions.LOOKUP_ERROR;
            throw Exceptions.of(ts, lookup, "unknown encoding: " + encoding);
        }
    }

    private static String strArg(PyThreadState ts, String name, PyObj v, String dflt) {
        if (v == null) return dflt;
        if (v instanceof PyStr s) return s.value;
        throw Exceptions.typeError(ts, "open() argument '" + name + "' must be str, not " + v.typeName());
    }

    private static String optStr(PyThreadState ts, String name, PyObj v) {
        if (v == null || v == PyNone.NONE) return null;
        if (v instanceof PyStr s) return s.value;
        throw Exceptions.typeError(ts, "open() argument '" + name + "' must be str or None, not " + v.typeName());
    }

    /**
     * {@code OSError(errno, strerror, filename)} as CPython makes it: args {@code (errno, strerror)},
     * the file name as the {@code filename} attribute (which str() appends).
     */
    static PyException osError(PyThreadState ts, PyType type, int errno, String strerror, String filename) {
        PyObj en = PyInt.of(ts, errno);
        PyStr se = new PyStr(ts, strerror), fn = new PyStr(ts, filename);
        try {
            PyException ex = Exceptions.withArgs(ts, type, en, se);
            ex.value.setAttr(ts, "errno", en);
            ex.value.setAttr(ts, "strerror", se);
            ex.value.setAttr(ts, "filename", fn);
            ex.value.setAttr(ts, "filename2", PyNone.NONE);
            return ex;
        } finally {
            RefCount.decref(en, ts);
            RefCount.decref(se, ts);
            RefCount.decref(fn, ts);
        }
    }
}
