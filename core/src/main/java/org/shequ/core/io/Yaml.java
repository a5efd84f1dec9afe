package org.shequ.core.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.ScalarEvent;
import java.io.ByteArrayInputStream;
import java.io.CharArrayReader;

/**
 * Every YAML shequ reads — data, shequ.yaml, rule packs, access lists — means what it says:
 * scalars keep their text ({@code 0012} is "0012", never the octal 10; {@code on}, {@code NO}
 * are words, only {@code true}/{@code false} are yes/no), and aliases, explicit tags and a second
 * document are refused wherever they stand, with the line. Duplicate keys, deep nesting and long
 * strings are refused too ({@link ReadLimits}).
 */
public final class Yaml {
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9_]+(\\.[0-9]*)?");

    private Yaml() {
    }

    /** The YAML factory for input within {@code limits}. */
    public static YAMLFactory factory(ReadLimits limits) {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxYamlBytes()));
        loader.setNestingDepthLimit(limits.maxYamlDepth());
        loader.setMaxAliasesForCollections(0);
        loader.setAllowDuplicateKeys(false);
        YAMLFactoryBuilder b = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxYamlDepth())
                        .maxStringLength(limits.maxCellChars())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS);
        return new Faithful(b);
    }

    /** A mapper over {@link #factory} that refuses unknown properties. */
    public static ObjectMapper mapper(ReadLimits limits) {
        return new ObjectMapper(factory(limits)).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The factory whose parsers keep scalars as text and refuse what YAML could hide. */
    private static final class Faithful extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        Faithful(YAMLFactoryBuilder b) {
            super(b);
        }

        @Override
        protected YAMLParser _createParser(InputStream in, IOContext ctxt) {
            return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                    new StrictUtf8Reader(in)); // strict: a GBK or damaged file is refused with its byte, never read as U+FFFD
        }

        @Override
        protected YAMLParser _createParser(Reader r, IOContext ctxt) {
            return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
        }

        @Override
        protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable) {
            return _createParser(new CharArrayReader(data, offset, len), ctxt);
        }

        @Override
        protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt) {
            return _createParser(new ByteArrayInputStream(data, offset, len), ctxt);
        }
    }

    private static final class Parser extends YAMLParser {
        private int documents;

        Parser(IOContext ctxt, int features, int yamlFeatures, LoaderOptions options, ObjectCodec codec, Reader r) {
            super(ctxt, features, yamlFeatures, options, codec, r);
        }

        @Override
        protected Event getEvent() throws IOException {
            Event e = super.getEvent();
            if (e instanceof AliasEvent a) {
                throw refuse(e, "an alias (*" + a.getAnchor() + ") is not allowed: write the value itself");
            }
            if (e instanceof DocumentStartEvent && ++documents > 1) {
                throw refuse(e, "a second YAML document (---) is not allowed: one file holds one document");
            }
            if (e instanceof CollectionStartEvent c && c.getTag() != null && !c.getImplicit()) {
                throw refuse(e, "a tag (" + c.getTag() + ") is not allowed");
            }
            if (e instanceof ScalarEvent s) {
                if (s.getTag() != null && !s.getImplicit().canOmitTagInPlainScalar() && !s.getImplicit().canOmitTagInNonPlainScalar()) {
                    throw refuse(e, "a tag (" + s.getTag() + ") is not allowed");
                }
                if (s.isPlain() && LEADING_ZERO.matcher(s.getValue()).matches()) {
                    // 0012 is text, as written: YAML 1.1 would read it as the octal number 10
                    return new ScalarEvent(s.getAnchor(), s.getTag(), new ImplicitTuple(false, true), s.getValue(),
                            s.getStartMark(), s.getEndMark(), DumperOptions.ScalarStyle.DOUBLE_QUOTED);
                }
            }
            return e;
        }

        private JsonParseException refuse(Event e, String why) {
            return new JsonParseException(this, why + " (line " + (e.getStartMark() == null ? 0 : e.getStartMark().getLine() + 1) + ")");
        }
    }
}
