package org.continuityacademy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real browser (Debian's Chromium) for end-to-end tests. Without a browser the tests are skipped on a
 * developer's machine, but fail when CI is set.
 */
public final class Browsers implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final Browser browser;

    private Browsers(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Browsers start() {
        if (!Files.isExecutable(CHROMIUM)) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("CI is set but there is no browser at " + CHROMIUM
                        + ": install Debian's chromium package (apt-get install -y chromium)");
            }
            Assumptions.abort("No browser at " + CHROMIUM + "; install chromium to run browser tests");
        }
        // a busy machine (two cores shared by several builds) can take longer than Playwright's 5 s to show a page;
        // an assertion still fails when what it expects never comes
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        Playwright playwright = Playwright.create();
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new Browsers(playwright, browser);
    }

    public Browser browser() {
        return browser;
    }

    /** A new page in its own context (own cookies), patient with the first dev-mode page load. */
    public Page newPage(int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)).newPage();
        page.setDefaultTimeout(90_000);
        return page;
    }

    public static void signIn(Page page, String username, String password) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("User name")).fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
    }

    /** Waits until the page has loaded and Vaadin's client has nothing in flight. */
    public static void settle(Page page) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /** Saves a screenshot under target/screenshots for people to look at. */
    public static void screenshot(Page page, String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target/screenshots"));
            page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")).setFullPage(true));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * One browser for a test class, started before its first test and closed after its last:
     * {@code @RegisterExtension static final Browsers.InClass browsers = new Browsers.InClass();}
     */
    public static final class InClass implements BeforeAllCallback, AfterAllCallback {

        private Browsers browsers;

        @Override
        public void beforeAll(ExtensionContext context) {
            browsers = start();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (browsers != null) {
                browsers.close();
            }
        }

        public Browser browser() {
            return browsers.browser();
        }

        public Page newPage(int width, int height) {
            return browsers.newPage(width, height);
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
