package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A page open in headless Chromium, driven over the DevTools protocol: expressions evaluated in it
 * as a person's clicks would run them. Closing it ends the browser and removes its profile.
 */
final class Chromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process browser;
    private final Path profile;
    private WebSocket socket;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private int id;

    private Chromium(Process browser, Path profile) {
        this.browser = browser;
        this.profile = profile;
    }

    /** Starts {@code chromium} on the page and connects to it; its output goes to {@code log}. */
    static Chromium open(String chromium, Path page, Path log) throws Exception {
        // a profile outside the test's temporary folder: Chromium leaves links in it that JUnit would warn about
        Path profile = Files.createTempDirectory("shequ-chromium");
        Process browser = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Chromium c = new Chromium(browser, profile);
            c.socket = c.connect(port(profile), page.getFileName().toString());
            return c;
        } catch (Exception | Error e) {
            end(browser, profile);
            throw e;
        }
    }

    /** The port Chromium wrote in its profile; the file appears before the port is in it: its first line is waited for. */
    private static String port(Path profile) throws Exception {
        Path portFile = profile.resolve("DevToolsActivePort");
        String port = "";
        for (int i = 0; i < 200 && port.isEmpty(); i++) {
            List<String> lines = Files.exists(portFile) ? Files.readAllLines(portFile) : List.of();
            port = lines.isEmpty() ? "" : lines.get(0).strip();
            if (port.isEmpty()) {
                Thread.sleep(100);
            }
        }
        assertFalse(port.isEmpty(), "Chromium wrote no DevTools port in 20 s");
        return port;
    }

    private WebSocket connect(String port, String name) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String ws = null;
        for (int i = 0; i < 100 && ws == null; i++) {
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (JsonNode t : JSON.readTree(list)) {
                if (t.get("type").asText().equals("page") && t.get("url").asText().endsWith(name)) {
                    ws = t.get("webSocketDebuggerUrl").asText();
                }
            }
            if (ws == null) {
                Thread.sleep(100);
            }
        }
        assertTrue(ws != null, "Chromium listed no page for " + name + " in 10 s");
        return http.newWebSocketBuilder().buildAsync(URI.create(ws), new WebSocket.Listener() {
            private final StringBuilder part = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                part.append(data);
                if (last) {
                    replies.add(part.toString());
                    part.setLength(0);
                }
                w.request(1);
                return null;
            }
        }).join();
    }

    /**
     * The rows of the findings table visible once the page has loaded, waited for up to {@code seconds}
     * (until then the answer is 'loading', or an error while Chromium swaps the page's context).
     */
    String visibleRows(int seconds) throws Exception {
        // the empty document before the page's is complete too: the table is waited for as well
        String js = "document.readyState === 'complete' && document.getElementById('shown') !== null"
                + " ? String(document.querySelectorAll('#findings tbody tr:not([hidden])').length) : 'loading'";
        String all = evaluate(js);
        for (int i = 0; i < seconds * 10 && !all.matches("\\d+"); i++) {
            Thread.sleep(100);
            all = evaluate(js);
        }
        assertTrue(all.matches("\\d+"), "the page loaded in " + seconds + " s: " + all);
        return all;
    }

    /** Runtime.evaluate; the expression's string value, or the whole reply when it has none (an exception, a protocol error). */
    String evaluate(String js) throws Exception {
        int mine = ++id;
        var msg = JSON.createObjectNode();
        msg.put("id", mine);
        msg.put("method", "Runtime.evaluate");
        msg.putObject("params").put("expression", js).put("returnByValue", true);
        socket.sendText(JSON.writeValueAsString(msg), true).join();
        while (true) {
            String reply = replies.poll(30, TimeUnit.SECONDS);
            assertTrue(reply != null, "Chromium answered");
            JsonNode n = JSON.readTree(reply);
            if (n.path("id").asInt() == mine) {
                JsonNode value = n.path("result").path("result").path("value");
                return value.isMissingNode() ? reply : value.asText();
            }
        }
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(10, TimeUnit.SECONDS);
            }
        } catch (RuntimeException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ignored) {
            // the browser is ended below either way
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        end(browser, profile);
    }

    private static void end(Process browser, Path profile) {
        try {
            browser.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(profile)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // what the browser still holds goes with the machine's temporary files
        }
    }
}
