package org.continuityacademy.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A mail server that keeps nothing but a count: it speaks just enough SMTP for JavaMail (no STARTTLS, no AUTH),
 * reads each message's DATA, and counts its Message-ID in a hash map before it answers 250. Row 5 of
 * {@link ScaleBenchmark} sends to it instead of GreenMail, whose per-recipient mailbox list (scanned on every
 * delivery) bounds the drain rate at 100,000 recipients. A connection per client, on a virtual thread.
 */
final class CountingSmtpServer implements AutoCloseable {

    private final ServerSocket server;
    private final Thread acceptor;
    /** Message-ID header value (as written, with angle brackets) → how many times it was received. */
    final Map<String, Integer> received = new ConcurrentHashMap<>();
    final AtomicLong messages = new AtomicLong();
    final AtomicLong withoutId = new AtomicLong();

    CountingSmtpServer(String host, int port) throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new java.net.InetSocketAddress(InetAddress.getByName(host), port), 200);
        acceptor = Thread.ofPlatform().name("counting-smtp").daemon().start(this::acceptLoop);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofVirtual().start(() -> session(socket));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    System.out.println("[counting-smtp] accept failed: " + e);
                }
            }
        }
    }

    private void session(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream(), 65536); OutputStream out = socket.getOutputStream()) {
            reply(out, "220 counting-smtp ESMTP");
            String line;
            while ((line = readLine(in)) != null) {
                String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO" -> reply(out, "250-counting-smtp\r\n250-8BITMIME\r\n250 SIZE 104857600");
                    case "HELO" -> reply(out, "250 counting-smtp");
                    case "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        data(in);
                        reply(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 Command not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away: what it did not see acknowledged it sends again, and that is counted then
        }
    }

    /** Reads a message up to the lone dot; counts its Message-ID (headers end at the first empty line). */
    private void data(InputStream in) throws IOException {
        boolean headers = true;
        String id = null;
        String line;
        while ((line = readLine(in)) != null && !line.equals(".")) {
            if (headers) {
                if (line.isEmpty()) {
                    headers = false;
                } else if (line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                    id = line.substring(11).trim();
                }
            }
        }
        if (line == null) {
            throw new IOException("connection closed inside DATA");
        }
        messages.incrementAndGet();
        if (id == null) {
            withoutId.incrementAndGet();
        } else {
            received.merge(id, 1, Integer::sum);
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** A line without its CRLF (ISO-8859-1, so any byte passes), or null at the end of the stream. */
    private static String readLine(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
        try {
            acceptor.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
