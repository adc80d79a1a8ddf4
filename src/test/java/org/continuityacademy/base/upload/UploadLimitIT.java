package org.continuityacademy.base.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.continuityacademy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 60 MB upload is refused from what it says it is, before its body is read, and the node answers others
 * meanwhile. Spoken over a raw socket so that the test, not an HTTP client, decides how much of the body goes.
 */
@IntegrationTest
class UploadLimitIT {

    @LocalServerPort
    int port;
    @Autowired
    UploadLimit limit;
    @Autowired
    java.util.List<org.springframework.boot.web.servlet.ServletRegistrationBean<?>> servlets;

    @Test
    void vaadins_servlet_reads_multipart_bodies_under_the_upload_limit() {
        // Vaadin registers its servlet without multipart limits; Tomcat enforces these while a body streams in
        assertThat(servlets).filteredOn(r -> r.getServlet() instanceof com.vaadin.flow.spring.SpringServlet).singleElement()
                .satisfies(r -> {
                    assertThat(r.getMultipartConfig().getMaxFileSize()).isEqualTo(limit.maxBytes());
                    assertThat(r.getMultipartConfig().getMaxRequestSize()).isEqualTo(limit.maxRequestBytes());
                });
    }

    @Test
    void a_sixty_megabyte_upload_is_refused_at_once_and_the_node_keeps_answering_others() throws Exception {
        long sixtyMegabytes = 60L * 1024 * 1024;
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            // Vaadin's upload addresses look like this; the limit holds before any path, session or security is looked at
            out.write(("POST /VAADIN/dynamic/resource/1/0a1b2c3d/upload HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/octet-stream\r\nContent-Length: " + sixtyMegabytes + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]); // the first bit of the body, and no more for now
            out.flush();

            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
            String line;
            var answer = new StringBuilder();
            while ((line = in.readLine()) != null && !line.isEmpty()) {
                answer.append(line).append('\n');
            }
            assertThat(answer.toString()).containsIgnoringCase("connection: close");

            // while that connection still hangs open with 59.9 MB unsent, another person is answered
            try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
                var other = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(other.statusCode()).isEqualTo(200);
            }
        } catch (IOException e) {
            throw new AssertionError("the refusal did not come back while the body was still unsent", e);
        }
    }

    @Test
    void a_request_within_the_limit_is_not_refused_by_its_size() throws Exception {
        try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            var answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1024 * 1024])).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isNotEqualTo(413);
        }
        assertThat(limit.maxBytes()).isEqualTo(50L * 1024 * 1024);
        assertThat(limit.text(java.util.Locale.UK)).isEqualTo("50 MB");
    }
}
