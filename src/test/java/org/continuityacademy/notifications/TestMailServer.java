package org.continuityacademy.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real SMTP server (GreenMail) for the shared test context, on a port free at start-up, so that parallel
 * builds on one machine do not clash; the app's mail sender is pointed at it. Tests may stop and start it
 * to play a mail server outage: it comes back on the same port.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

    @Bean
    ServerSetup testSmtpSetup() {
        return new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }

    @Bean(destroyMethod = "stop")
    GreenMail greenMail(ServerSetup testSmtpSetup) {
        var greenMail = new GreenMail(testSmtpSetup);
        greenMail.start();
        return greenMail;
    }

    @Bean
    DynamicPropertyRegistrar mailServerProperties(ServerSetup testSmtpSetup) {
        return registry -> {
            registry.add("spring.mail.host", testSmtpSetup::getBindAddress);
            registry.add("spring.mail.port", testSmtpSetup::getPort);
        };
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
