package org.continuityacademy.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The shipped content with the test modules of {@code src/test/resources/fixtures/<name>} beside it, in a folder of its
 * own: loaded, the fixture modules are served with the real curriculum; {@link #close()} serves the shipped content alone
 * again (the fixtures retired), so other tests see the real catalogue.
 */
final class FixtureContent implements AutoCloseable {

    private final Catalogue catalogue;
    final Path folder;
    /** What loading the content with the fixtures found. */
    final LoadReport report;

    private FixtureContent(Catalogue catalogue, Path folder) {
        this.catalogue = catalogue;
        this.folder = folder;
        this.report = reload();
    }

    /** Copies the content and the fixtures and loads them; the report is the load's. */
    static FixtureContent load(Catalogue catalogue, String fixtures) throws IOException {
        Path folder = copy(Path.of("content"), Files.createTempDirectory("content-"));
        copy(Path.of("src/test/resources/fixtures").resolve(fixtures), folder.resolve("modules"));
        return new FixtureContent(catalogue, folder);
    }

    /** Loads the folder again, after a test changed a file in it. */
    LoadReport reload() {
        return catalogue.load("test", ContentSource.folder(folder));
    }

    @Override
    public void close() throws IOException {
        catalogue.load("test", ContentSource.folder(Path.of("content")));
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
