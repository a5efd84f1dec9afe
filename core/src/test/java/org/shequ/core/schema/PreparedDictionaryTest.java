package org.shequ.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** The dictionary the build prepared is the dictionary as written, field for field. */
class PreparedDictionaryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void thePreparedDictionaryEqualsTheYaml() throws IOException {
        JsonNode written = JSON.valueToTree(Dictionary.written());
        JsonNode prepared;
        try (InputStream in = Dictionary.class.getResourceAsStream(Dictionary.PREPARED)) {
            prepared = JSON.valueToTree(DictionaryCompiler.read(in));
        }
        assertTrue(written.path("kinds").size() >= 3, "kinds were read: " + written.path("kinds").size());
        assertTrue(written.path("kinds").path("communities").path("fields").size() > 20);
        assertEquals(written, prepared);
    }

    @Test
    void aRoundTripKeepsEveryField() throws IOException {
        Dictionary.DictionaryDoc doc = Dictionary.written();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DictionaryCompiler.write(doc, bytes);
        Dictionary.DictionaryDoc back = DictionaryCompiler.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(JSON.valueToTree(doc), JSON.valueToTree(back));
    }

    @Test
    void foreignClassesAreRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new java.net.URL("http://example.org/"));
        }
        assertThrows(IOException.class, () -> DictionaryCompiler.read(new ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void aMissingPreparedDictionaryIsAClearError() {
        IOException e = assertThrows(IOException.class, () -> DictionaryCompiler.read(null));
        assertTrue(e.getMessage().contains("dictionary.ser"), e.getMessage());
    }
}
