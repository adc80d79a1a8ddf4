package org.continuityacademy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * One browser's cookies over plain HTTP, for tests that need a real signed-in session without Chromium: signs in
 * through the login form (its CSRF token included) and asks for the home page without following redirects.
 */
public final class HttpSignIn {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    public HttpSignIn(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    /** Signs in with the login form; says whether it let the person in. */
    public boolean signIn(String username, String password) {
        var page = send(HttpRequest.newBuilder(base.resolve("/login")).GET());
        var answer = send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(LoginForm.body(page.body(), username, password))));
        String location = answer.headers().firstValue("Location").orElse("");
        return answer.statusCode() == 302 && !location.contains("error") && !location.contains("login");
    }

    /** Whether the home page opens (200) rather than sending the browser to the sign-in page. */
    public boolean signedIn() {
        var home = send(HttpRequest.newBuilder(base.resolve("/")).GET());
        if (home.statusCode() != 200 && !(home.statusCode() == 302
                && home.headers().firstValue("Location").orElse("").contains("login"))) {
            throw new IllegalStateException("The home page answered " + home.statusCode());
        }
        return home.statusCode() == 200;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
