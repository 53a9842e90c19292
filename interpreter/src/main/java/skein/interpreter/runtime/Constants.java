package skein.interpreter.runtime;

import skein.interpreter.objects.PyObj;

/** Constant kinds whose object classes are provided by the builtins layer (complex, bytes). */
public final class Constants {
    private Constants() {}

    public static java.util.function.DoubleFunction<PyObj> complexFactory;
    public static java.util.function.Function<byte[], PyObj> bytesFactory;

    static PyObj complex(double imag) {
        if (complexFactory == null) throw new IllegalStateException("complex constants are not supported yet");
        return complexFactory.apply(imag);
    }

    static PyObj bytes(byte[] b) {
        if (bytesFactory == null) throw new IllegalStateException("bytes constants are not supported yet");
        return bytesFactory.apply(b);
    }
}
