package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.render.DocumentModel;
import org.shequ.core.render.TemplateHashes;

/**
 * Every name a template can use is described in docs/documents.md, the one place a template author
 * reads: each component of the typed model (DocumentModel's records, as a template names them), and
 * each key and helper function the sample's run gives a template.
 */
class ModelDocumentedTest {
    @TempDir
    Path tmp;

    @Test
    void everyNameOfTheTypedModelIsInTheDocs() throws Exception {
        String docs = Files.readString(Path.of("../docs/documents.md"));
        List<String> missing = new java.util.ArrayList<>();
        for (Class<?> c : DocumentModel.class.getDeclaredClasses()) {
            for (java.lang.reflect.RecordComponent rc : c.getRecordComponents()) {
                String name = TemplateHashes.name(rc.getName());
                if (!java.util.regex.Pattern.compile("[`.]" + name + "[`./(]").matcher(docs).find()) {
                    missing.add(c.getSimpleName() + "." + name);
                }
            }
        }
        assertEquals(List.of(), missing, "describe these in docs/documents.md's template model");
    }

    @Test
    void everyKeyAndFunctionOfTheModelIsInTheDocs() throws Exception {
        Path ws = SampleWorkspaceTest.copy(FeedbackCommandTest.FUFENG, tmp);
        Files.createDirectories(ws.resolve("templates"));
        Files.writeString(ws.resolve("templates/keys.md.ftl"), "<#list .data_model?keys as k>${k}\n</#list>\n");
        Cli r = Cli.run("render", ws.toString(), "--template", "keys", "--format", "md", "-o", tmp.resolve("out").toString());
        assertTrue(r.code() <= 1, r.err());
        List<String> names = Files.readString(tmp.resolve("out/keys.md")).lines().map(l -> l.replace("\\_", "_").strip())
                .filter(l -> !l.isEmpty()).toList();
        assertTrue(names.containsAll(List.of("period", "period_label", "levels", "total", "fig", "period_name")), names.toString());
        String docs = Files.readString(Path.of("../docs/documents.md"));
        List<String> missing = names.stream().filter(n -> !docs.contains("`" + n + "`") && !docs.contains("`" + n + "(")
                && !docs.contains("`" + n + ".")).toList();
        assertEquals(List.of(), missing, "describe these in docs/documents.md's template model");
    }
}
