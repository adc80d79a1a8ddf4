package org.continuityacademy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * HTTP/1.1 over a plain socket, exactly as written: for probes that Java's HTTP client would not send (a {@code Host}
 * header of the client's choosing, {@code TRACE}, {@code %00} or {@code ..} left in the address, an 8 KB query string).
 * Each request has its own connection ({@code Connection: close}).
 */
public final class RawHttp {

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** The answer's status line, headers and body (the body as text; chunked bodies are joined). */
    public record Answer(int status, List<String> headers, String body) {

        public Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).findFirst();
        }

        public List<String> all(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).toList();
        }
    }

    public Answer get(String target, String... headers) {
        return send("GET", target, headers);
    }

    /** {@code headers} as "Name: value"; a Host header among them replaces the default {@code localhost:port}. */
    public Answer send(String method, String target, String... headers) {
        return sendWithBody(method, target, null, headers);
    }

    /** With a body (a form's, say): its Content-Length is added. */
    public Answer sendWithBody(String method, String target, @Nullable String body, String... headers) {
        var request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        boolean host = false;
        for (String header : headers) {
            host |= header.toLowerCase(Locale.ROOT).startsWith("host:");
            request.append(header).append("\r\n");
        }
        if (!host) {
            request.append("Host: localhost:").append(port).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        if (body != null) {
            request.append(body);
        }
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            var bytes = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(bytes);
            return parse(bytes.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(String text) {
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        var lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        var headers = new ArrayList<String>(List.of(lines).subList(1, lines.length));
        boolean chunked = headers.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).replace(" ", "")
                .equals("transfer-encoding:chunked"));
        return new Answer(status, headers, chunked ? unchunk(body) : body);
    }

    private static String unchunk(String body) {
        var out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int line = body.indexOf("\r\n", at);
            if (line < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(at, line).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            // sizes count bytes; the probes' bodies are ASCII
            out.append(body, line + 2, Math.min(body.length(), line + 2 + size));
            at = line + 2 + size + 2;
        }
        return out.toString();
    }
}
