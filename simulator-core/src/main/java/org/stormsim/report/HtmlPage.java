package org.stormsim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * What stormsim's HTML pages ({@code report.html}, {@code sweep.html}, {@code lanes.html}) share:
 * each is a template resource in this package whose {@code /*@HEAD@*}{@code /} becomes the common
 * head (the script that collects errors into {@code #errors}, uPlot's script and style read from the
 * uPlot WebJar on the classpath, the pages' style and their helper script {@code page.js}) and whose
 * {@code /*@DATA@*}{@code /} becomes the page's one JSON blob. The page opens offline. Pure function
 * of its input, callable from any thread.
 */
public final class HtmlPage {
    private static final String HERE = "/org/stormsim/report/";
    private static final String WEBJAR = "/META-INF/resources/webjars/uplot/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlPage() {
    }

    /** The page of template {@code name} (a resource in this package) with {@code data} as its blob. */
    public static String render(String name, JsonNode data) {
        return fill(resource(HERE + name), Map.of("HEAD", head(), "DATA", json(data)));
    }

    private static String head() {
        String uplot = WEBJAR + uplotVersion() + "/dist/";
        return fill(resource(HERE + "page-head.html"), Map.of(
                "UPLOT_CSS", inStyle(resource(uplot + "uPlot.min.css")),
                "UPLOT_JS", inScript(resource(uplot + "uPlot.iife.min.js")),
                "PAGE_CSS", inStyle(resource(HERE + "page.css")),
                "PAGE_JS", inScript(resource(HERE + "page.js"))));
    }

    private static String inStyle(String css) {
        return css.replaceAll("(?i)</style", "<\\\\/style");
    }

    private static String inScript(String js) {
        return js.replaceAll("(?i)</script", "<\\\\/script");
    }

    /** {@code data} as JSON that is safe inside a script element (no {@code <} at all). */
    static String json(JsonNode data) {
        try {
            return JSON.writeValueAsString(data).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces each {@code /*@NAME@*}{@code /} of the template in one pass (what is put in is never scanned again). */
    static String fill(String template, Map<String, String> values) {
        StringBuilder b = new StringBuilder(template.length() + 200_000);
        int from = 0;
        while (true) {
            int open = template.indexOf("/*@", from);
            if (open < 0) {
                break;
            }
            int close = template.indexOf("@*/", open + 3);
            String name = template.substring(open + 3, close);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalStateException("a page template names an unknown placeholder " + name);
            }
            b.append(template, from, open).append(value);
            from = close + 3;
        }
        return b.append(template, from, template.length()).toString();
    }

    /** The uPlot version of the WebJar on the classpath (from its Maven properties). */
    static String uplotVersion() {
        Properties p = new Properties();
        try (InputStream in = HtmlPage.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/uplot/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the uPlot WebJar (org.webjars.npm:uplot) is not on the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static String resource(String path) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
