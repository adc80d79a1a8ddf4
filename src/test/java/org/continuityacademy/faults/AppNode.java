package org.continuityacademy.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * One app node: the application started as a JVM of its own ({@code java -cp target/classes:<runtime class path>
 * org.continuityacademy.Application}, the class path Maven wrote for the {@code faults} profile), on a MariaDB server, with
 * settings given as environment variables as an operator gives them. The test kills it ({@code kill -9}), stops it, and
 * starts it again; its output goes to {@code target/faults/<name>.log}.
 */
final class AppNode implements AutoCloseable {

    static final Path OUTPUT = Path.of("target", "faults").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String name;
    final int port;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> arguments = new ArrayList<>();
    private Path jar;
    private Process process;

    /**
     * @param name     the node's name: its Quartz instance id and log file
     * @param settings environment variables beyond the database, port and base URL (SMTP_HOST, ...)
     * @param args     Spring properties as command-line arguments ({@code --academy.notifications.lease=15s})
     */
    AppNode(String name, MariaDbServer database, Map<String, String> settings, List<String> args) {
        this.name = name;
        this.port = Ports.free();
        environment.put("DB_URL", database.jdbcUrl());
        environment.put("DB_USER", database.user());
        environment.put("DB_PASSWORD", database.password());
        environment.put("PORT", String.valueOf(port));
        environment.put("BASE_URL", "http://localhost:" + port);
        environment.put("QUARTZ_INSTANCE_ID", name);
        // one password for every sign-in; the administrator signs in without a second step
        environment.put("SECOND_FACTOR_ROLES", "");
        // announcements of new training would e-mail 100,000 people about a launch: not what these tests look at
        environment.put("NEW_TRAINING_EMAIL_EVERY", "1d");
        environment.putAll(settings);
        // scheduled work is picked up within a second, a dead node is noticed within seconds, and nothing fills in
        // 90 days of coverage history over 100,000 people at the first start
        arguments.add("--spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000");
        arguments.add("--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=2000");
        arguments.add("--academy.coverage.backfill-days=0");
        arguments.addAll(args);
    }

    /** Runs this node from a built jar ({@code java -jar}), as an operator runs the production build. */
    AppNode fromJar(Path builtJar) {
        this.jar = builtJar;
        return this;
    }

    /** Starts the JVM; returns at once ({@link #awaitUp} waits for it). */
    AppNode start() throws IOException {
        Files.createDirectories(OUTPUT.resolve("tmp"));
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx1g");
        // quicker starts on a small CI machine (the nodes' work is the database's: the C2 compiler would not pay back)
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Djava.io.tmpdir=" + OUTPUT.resolve("tmp").toAbsolutePath());
        if (jar != null) {
            command.add("-jar");
            command.add(jar.toAbsolutePath().toString());
            command.addAll(arguments);
            return launch(command);
        }
        command.add("-Dvaadin.devmode.devTools.enabled=false");
        command.add("-Dvaadin.devmode.componentTracker.enabled=false");
        String node = System.getProperty("vaadin.node.folder");
        if (node != null) {
            command.add("-Dvaadin.node.folder=" + node);
        }
        command.add("-cp");
        command.add(classPath());
        command.add("org.continuityacademy.Application");
        command.addAll(arguments);
        return launch(command);
    }

    private AppNode launch(List<String> command) throws IOException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        builder.environment().putAll(environment);
        Path log = OUTPUT.resolve(name + ".log");
        Files.writeString(log, "\n===== start of " + name + " =====\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        process = builder.start();
        return this;
    }

    /** Waits until the node reports UP on its health endpoint. */
    AppNode awaitUp() {
        // not listening yet: connection refused
        Awaitility.await(name + " up").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptionsInstanceOf(IOException.class).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting (exit " + process.exitValue() + "); see "
                        + OUTPUT.resolve(name + ".log"));
            }
            return health().statusCode() == 200;
        });
        return this;
    }

    AppNode startAndAwaitUp() throws IOException {
        return start().awaitUp();
    }

    /** {@code kill -9}: the JVM gets no chance to finish anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " did not die");
        }
    }

    /** A graceful stop (SIGTERM), as at the end of a test. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    URI base() {
        return URI.create("http://localhost:" + port);
    }

    /** {@code GET /actuator/health}: 200 with UP, 503 with DOWN; a node not listening throws. */
    HttpResponse<String> health() throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base().resolve("/actuator/health")).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** target/classes and the runtime class path Maven wrote for the faults profile (no test classes, no test libraries). */
    private static String classPath() throws IOException {
        String file = System.getProperty("faults.app-classpath");
        String classes = System.getProperty("faults.classes");
        if (file == null || classes == null || !Files.exists(Path.of(file))) {
            throw new IllegalStateException("Run the fault tests with Maven's faults profile (-Pfaults), which writes the app's class path");
        }
        return classes + java.io.File.pathSeparator + Files.readString(Path.of(file)).strip();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
