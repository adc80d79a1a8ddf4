package org.continuityacademy.faults;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A MariaDB server of the machine (Debian's {@code mariadbd}, as CI installs it), run by the test in a folder of its own
 * on a free loopback port: the database the app nodes share, which the test can stop and start again on the same port
 * and data. The test reads and writes it with its own connections ({@link #jdbc()}).
 */
final class MariaDbServer implements AutoCloseable {

    static final String DATABASE = "continuity_academy";
    static final String USER = "academy";

    private final Path folder;
    private final int port;
    private final String password = "faults-" + Long.toString(System.nanoTime(), 36);
    private final String mariadbd;
    private Process server;
    private DriverManagerDataSource dataSource;

    private MariaDbServer(Path folder, String mariadbd) {
        this.folder = folder;
        this.mariadbd = mariadbd;
        this.port = Ports.free();
    }

    /** The machine's server binary, or null when it has none. */
    static String serverBinary() {
        for (String candidate : List.of("/usr/sbin/mariadbd", "/usr/bin/mariadbd", "/usr/local/bin/mariadbd")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        return null;
    }

    /** Makes a new data folder under {@code parent}, starts the server and creates the app's database and user. */
    static MariaDbServer start(Path parent) throws Exception {
        String binary = serverBinary();
        if (binary == null) {
            throw new IllegalStateException("No mariadbd on this machine (apt-get install mariadb-server)");
        }
        Path folder = Files.createTempDirectory(Files.createDirectories(parent.toAbsolutePath()), "mariadb-").toAbsolutePath();
        var server = new MariaDbServer(folder, binary);
        run(folder.resolve("install.log"), "mariadb-install-db", "--no-defaults", "--user=root", "--datadir=" + folder.resolve("data"),
                "--auth-root-authentication-method=socket", "--skip-test-db");
        server.start();
        run(folder.resolve("setup.log"), "mariadb", "--no-defaults", "-S", server.socket(), "-uroot", "-e", """
                CREATE DATABASE %s CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                CREATE USER '%s'@'127.0.0.1' IDENTIFIED BY '%s';
                GRANT ALL PRIVILEGES ON %s.* TO '%s'@'127.0.0.1';
                """.formatted(DATABASE, USER, server.password, DATABASE, USER));
        server.dataSource = new DriverManagerDataSource(server.jdbcUrl(), USER, server.password);
        return server;
    }

    /** Starts the server on its port and data (again, after {@link #stop}); returns when it answers. */
    void start() throws Exception {
        List<String> command = new ArrayList<>(List.of(mariadbd, "--no-defaults", "--user=root", "--datadir=" + folder.resolve("data"),
                "--socket=" + socket(), "--port=" + port, "--bind-address=127.0.0.1", "--skip-name-resolve",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                // room for 100,000 people's launch in memory, as a small production server has
                "--innodb-buffer-pool-size=512M", "--max-connections=300", "--pid-file=" + folder.resolve("mariadb.pid")));
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("server.log").toFile())).start();
        Awaitility.await("mariadbd answering").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!server.isAlive()) {
                throw new IllegalStateException("mariadbd stopped at start; see " + folder.resolve("server.log"));
            }
            return new ProcessBuilder("mariadb-admin", "--no-defaults", "-S", socket(), "-uroot", "ping").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        });
    }

    /** Stops the server as an operator would (a clean shutdown): every connection to it breaks. */
    void stop() throws Exception {
        if (server == null || !server.isAlive()) {
            return;
        }
        server.destroy(); // SIGTERM: mariadbd shuts down cleanly
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    boolean running() {
        return server != null && server.isAlive();
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    String user() {
        return USER;
    }

    String password() {
        return password;
    }

    DataSource dataSource() {
        return dataSource;
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    private String socket() {
        return folder.resolve("mysqld.sock").toString();
    }

    private static void run(Path log, String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command).lines().findFirst().orElse("") + " failed; see " + log);
        }
    }

    @Override
    public void close() throws Exception {
        stop();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
