package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * shequ in a JVM of its own under a bare environment ({@code env -i PATH=… LANG=…}), as a server,
 * a container or a CI job starts it: its exit code and what it printed, both streams together.
 */
record UnderLocale(int code, String output) {

    /** Runs shequ with these arguments; {@code lang} empty leaves LANG unset. */
    static UnderLocale run(String lang, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().clear();
        pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        if (!lang.isEmpty()) {
            pb.environment().put("LANG", lang);
        }
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "shequ " + String.join(" ", args) + " did not end in 180 s");
        return new UnderLocale(p.exitValue(), out);
    }
}
