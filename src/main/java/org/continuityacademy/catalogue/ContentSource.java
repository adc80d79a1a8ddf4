package org.continuityacademy.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the content comes from: a folder on disk, or the copy of content/ inside the app. A folder's files must resolve
 * inside it: a symbolic link that leads out of it is left out (and logged).
 */
interface ContentSource {

    Logger log = LoggerFactory.getLogger(ContentSource.class);

    /** How the content built into the app is named in a load's record; the view says it in words. */
    String BUILT_IN = "classpath:content/";

    /** Where, in words for people, e.g. a folder path. */
    String describe();

    /** Every file, by path relative to the content root with '/' separators. */
    Map<String, byte[]> files() throws IOException;

    static ContentSource folder(Path root) {
        return new ContentSource() {
            @Override
            public String describe() {
                return root.toAbsolutePath().normalize().toString();
            }

            @Override
            public Map<String, byte[]> files() throws IOException {
                if (!Files.isDirectory(root)) {
                    throw new IOException("the content folder " + describe() + " does not exist");
                }
                var files = new TreeMap<String, byte[]>();
                // the folder itself may be a link; what it holds must stay inside where it leads
                Path real = root.toRealPath();
                try (Stream<Path> paths = Files.walk(real)) {
                    paths.filter(Files::isRegularFile).forEach(p -> {
                        String relative = real.relativize(p).toString().replace('\\', '/');
                        if (!relative.startsWith(".") && !relative.contains("/.")) {
                            try {
                                if (!inside(real, p)) {
                                    log.warn("Content file {} left out: it is a link to {}, outside the content folder {}",
                                            relative, p.toRealPath(), real);
                                    return;
                                }
                                files.put(relative, Files.readAllBytes(p));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                return files;
            }
        };
    }

    /**
     * Whether a file, once every link on its way is followed, is inside the folder: a symbolic link in the content folder
     * to a file elsewhere ({@code /etc/passwd}, another installation's secrets) is not content.
     */
    static boolean inside(Path realRoot, Path file) throws IOException {
        return file.toRealPath().startsWith(realRoot);
    }

    static ContentSource classpath() {
        return new ContentSource() {
            @Override
            public String describe() {
                return BUILT_IN;
            }

            @Override
            public Map<String, byte[]> files() throws IOException {
                var resolver = new PathMatchingResourcePatternResolver(ContentSource.class.getClassLoader());
                var files = new TreeMap<String, byte[]>();
                for (Resource resource : resolver.getResources("classpath*:content/**/*")) {
                    if (!resource.isReadable()) {
                        continue;
                    }
                    String url = resource.getURL().toString();
                    int at = url.lastIndexOf("/content/");
                    if (at < 0 || url.endsWith("/")) {
                        continue;
                    }
                    try (var in = resource.getInputStream()) {
                        files.put(url.substring(at + "/content/".length()), in.readAllBytes());
                    }
                }
                return files;
            }
        };
    }
}
