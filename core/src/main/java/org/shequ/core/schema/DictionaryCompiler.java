package org.shequ.core.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.BufferedInputStream;

/**
 * Run by the build: reads the bundled dictionary.yaml as every run used to, and writes it with
 * Java serialization into the classes folder, so that start-up builds the dictionary without
 * Jackson's and the YAML parser's set-up (about half a second of a short run). Only the
 * dictionary's own document classes and the JDK's collections are accepted back.
 * <pre>DictionaryCompiler TARGET-FILE</pre>
 */
public final class DictionaryCompiler {
    private static final ObjectInputFilter ACCEPTED = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;maxrefs=100000;maxbytes=10000000;org.shequ.core.schema.*;java.util.*;java.lang.*;!*");

    private DictionaryCompiler() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            write(Dictionary.written(), out);
        }
    }

    static void write(Dictionary.DictionaryDoc doc, OutputStream raw) throws IOException {
        ObjectOutputStream out = new ObjectOutputStream(raw);
        out.writeObject(doc);
        out.flush();
    }

    static Dictionary.DictionaryDoc read(InputStream raw) throws IOException {
        if (raw == null) {
            throw new IOException("the prepared dictionary is missing from the build: " + Dictionary.PREPARED);
        }
        ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(raw));
        in.setObjectInputFilter(ACCEPTED);
        try {
            return (Dictionary.DictionaryDoc) in.readObject();
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("the prepared dictionary does not match this build", e);
        }
    }
}
