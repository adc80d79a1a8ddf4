package org.continuityacademy.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects within the app name no host: Spring Security and Vaadin build some of them from the request, that is from
 * its Host header, which the client chooses ({@code Host: evil.example} came back as
 * {@code Location: http://evil.example/login}). A redirect to this request's own origin becomes a path; one to another
 * site (the single sign-on provider) is left alone. Tomcat keeps the path as it is ({@code server.tomcat.use-relative-redirects});
 * absolute addresses the app hands out (e-mails, the OpenAPI document) come from {@code BASE_URL}.
 */
final class RelativeRedirects extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(relative(request, location));
            }

            @Override
            public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
                super.sendRedirect(relative(request, location), status, clearBuffer);
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(request, value) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(request, value) : value);
            }
        });
    }

    /** The location without scheme, host and port when they are this request's own. */
    static String relative(HttpServletRequest request, String location) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException notAnAddress) {
            return location;
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            return location;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
        boolean own = scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
                && uri.getHost().equalsIgnoreCase(request.getServerName())
                && port == request.getServerPort();
        if (!own) {
            return location;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        // "//other.example/x" would name another host
        path = path.replaceFirst("^/{2,}", "/");
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }
}
