package org.continuityacademy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * One sign-in through the login form over plain HTTP, as a browser would (the page for its CSRF token and session, then
 * the form), from a chosen loopback address: the app sees it as the client's address. Answers where the app sends the
 * browser next ({@code /login?error}, {@code /login?error&locked}, or the page asked for).
 */
public final class FormSignIn {

    private FormSignIn() {
    }

    /** From 127.0.0.1. */
    public static String attempt(int port, String username, String password) {
        return attempt(port, "127.0.0.1", username, password);
    }

    /** @param from a loopback address such as {@code 127.0.0.7}: every one of 127.0.0.0/8 reaches the app on Linux */
    public static String attempt(int port, String from, String username, String password) {
        try {
            var client = HttpClient.newBuilder().localAddress(InetAddress.getByName(from)).cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            var base = "http://127.0.0.1:" + port;
            var page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException("The login page answered " + page.statusCode() + " " + page.headers().map());
            }
            var answer = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(LoginForm.body(page.body(), username, password))).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() != 302) {
                throw new IllegalStateException("The sign-in answered " + answer.statusCode() + ", not a redirect");
            }
            String location = answer.headers().firstValue("Location").orElseThrow();
            return location.startsWith(base) ? location.substring(base.length()) : location;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
