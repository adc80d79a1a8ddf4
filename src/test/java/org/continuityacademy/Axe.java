package org.continuityacademy;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * axe-core (Deque's accessibility rules) in a Playwright page. The npm package is installed once into
 * {@code target/axe} with the npm of the project's Node ({@code vaadin.node.folder}, which Maven passes to the tests),
 * without saving it anywhere in the project and without a lock file; later runs reuse it until {@code mvn clean}.
 * Only the WCAG 2.x A and AA rules run ({@link #TAGS}).
 */
public final class Axe {

    public static final String VERSION = "4.14.1";

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA: the rules the app promises to keep. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    static final Path FOLDER = Path.of("target/axe");
    static final Path SCRIPT = FOLDER.resolve("node_modules/axe-core/axe.min.js");

    private static String source;

    private Axe() {
    }

    /** One element that breaks one rule: what, how badly, where in the page, and on which page for whom. */
    public record Violation(String rule, String impact, String help, String target, String html, String summary,
            String where) {

        public boolean seriousOrWorse() {
            return "serious".equals(impact) || "critical".equals(impact);
        }
    }

    /** A rule broken by a Vaadin component itself, ignored at exactly one element; {@code why} names the upstream issue. */
    public record Exclusion(String rule, String target, String why) {

        public boolean covers(Violation v) {
            return rule.equals(v.rule()) && v.target().contains(target);
        }
    }

    /** axe-core's script, installed on first use. */
    public static synchronized String source() {
        if (source == null) {
            try {
                if (!Files.isRegularFile(SCRIPT)) {
                    install();
                }
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    private static void install() throws IOException {
        Path node = Path.of(System.getProperty("vaadin.node.folder", ".tools/node"));
        Path npm = node.resolve("node_modules/npm/bin/npm-cli.js");
        if (!Files.isRegularFile(npm)) {
            throw new IllegalStateException("No npm at " + npm + ": run the tests through ./mvn.sh, which sets up "
                    + ".tools/node, or pass -Dvaadin.node.folder");
        }
        Files.createDirectories(FOLDER);
        Path log = FOLDER.resolve("npm-install.log");
        var process = new ProcessBuilder(node.resolve("node").toString(), npm.toString(), "install", "--no-save",
                "--no-package-lock", "--no-audit", "--no-fund", "--prefix", FOLDER.toString(), "axe-core@" + VERSION)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("npm did not install axe-core within 5 minutes; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while npm installed axe-core", e);
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(SCRIPT)) {
            throw new IllegalStateException("npm could not install axe-core " + VERSION + " (exit " + process.exitValue()
                    + "):\n" + Files.readString(log));
        }
    }

    /**
     * Runs the WCAG rules over the whole page as it is now (dialogs and popovers included) and returns every
     * violation, of any impact, each named with {@code where}.
     */
    public static List<Violation> check(Page page, String where) {
        // The page's Content-Security-Policy allows scripts only with the page's nonce, so a <script> added with
        // page.addScriptTag would be refused; Playwright's evaluate runs through the DevTools protocol, which the
        // policy does not govern, so axe-core is evaluated as text instead (no need to bypass the policy and test
        // a page that production never serves).
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(source());
        }
        Object found = page.evaluate("""
                async tags => {
                  const result = await window.axe.run(document, {
                    runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
                  const selector = target => target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' ');
                  return result.violations.flatMap(v => v.nodes.map(n => ({
                    rule: v.id, impact: n.impact || v.impact || '', help: v.help, target: selector(n.target),
                    html: (n.html || '').replace(/\\s+/g, ' ').slice(0, 240), summary: n.failureSummary || '' })));
                }""", TAGS);
        List<Violation> violations = new ArrayList<>();
        for (Object item : (List<?>) found) {
            Map<?, ?> v = (Map<?, ?>) item;
            violations.add(new Violation(String.valueOf(v.get("rule")), String.valueOf(v.get("impact")),
                    String.valueOf(v.get("help")), String.valueOf(v.get("target")), String.valueOf(v.get("html")),
                    String.valueOf(v.get("summary")), where));
        }
        return violations;
    }
}
