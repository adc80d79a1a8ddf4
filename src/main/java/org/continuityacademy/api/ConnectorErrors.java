package org.continuityacademy.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Errors Tomcat answers itself, before the app sees the request: a request line or headers over 8 KB
 * ({@code server.max-http-request-header-size}), {@code %00} or an invalid escape in the address. Under {@code /api}, or
 * when the address could not be read at all, the answer is a problem detail like every other API error; elsewhere
 * Tomcat's own page, without its report and version. Replaces the error report valve Spring Boot puts on the host.
 * (Errors from within the app go to Spring Boot's error page, which the app's filter chain lets everyone see:
 * {@code SecurityConfig}.)
 */
@Component
class ConnectorErrors implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    static final String API = "/api/";

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        // TRACE goes on to Spring Security's firewall, which refuses it like any other method the app does not take
        // (RejectedRequests); Tomcat's own refusal went through the error page and ended at the sign-in page
        factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemReport());
                // the host adds its own report valve at start unless one of this class is there
                host.setErrorReportValveClass(ProblemReport.class.getName());
            }
        });
    }

    /** Whether an address is the API's; one that could not be read counts too (its client is a program, not a person). */
    static boolean isApi(@Nullable String uri) {
        return uri == null || uri.isEmpty() || uri.startsWith(API) || uri.equals("/api");
    }

    /** A problem detail with its status; a small document written without a JSON library (the valve runs outside Spring). */
    static void writeProblem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(problem(status, detail));
    }

    static String problem(HttpStatus status, String detail) {
        return "{\"title\":" + quote(status.getReasonPhrase()) + ",\"status\":" + status.value() + ",\"detail\":"
                + quote(detail) + "}";
    }

    private static String quote(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Tomcat's error report valve, with a problem detail for the API. */
    public static final class ProblemReport extends ErrorReportValve {

        public ProblemReport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (!isApi(request.getRequestURI())) {
                super.report(request, response, throwable);
                return;
            }
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            var ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            HttpStatus shown = known == null ? HttpStatus.BAD_REQUEST : known;
            String detail = switch (shown) {
                case BAD_REQUEST -> "The request could not be read: its address or headers are too long (8 KB at most) or "
                        + "hold characters that are not allowed.";
                case METHOD_NOT_ALLOWED -> "The API is read-only: use GET.";
                default -> shown.getReasonPhrase() + ".";
            };
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(problem(shown, detail));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client has gone; nothing to answer
            }
        }
    }
}
