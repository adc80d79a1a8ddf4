package org.continuityacademy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A content folder's files must resolve inside it: links that lead out of it are left out. */
class ContentSourceTest {

    @TempDir
    Path temp;

    @Test
    void a_link_out_of_the_content_folder_is_not_read() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content/modules/a"));
        Files.writeString(content.resolve("module.md"), "# A");
        Path secret = Files.writeString(temp.resolve("secret.txt"), "db password");
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(outside.resolve("other.md"), "# Other");
        Files.createSymbolicLink(content.resolve("image.png"), secret);
        Files.createSymbolicLink(temp.resolve("content/modules/b"), outside);
        // a link within the folder is fine
        Files.createSymbolicLink(content.resolve("same.md"), content.resolve("module.md"));

        var files = ContentSource.folder(temp.resolve("content")).files();

        assertThat(files.keySet()).containsExactlyInAnyOrder("modules/a/module.md", "modules/a/same.md");
        assertThat(files.values()).noneMatch(bytes -> new String(bytes).contains("password"));
    }

    @Test
    void a_content_folder_that_is_itself_a_link_is_read() throws Exception {
        Path real = Files.createDirectories(temp.resolve("real/modules/a"));
        Files.writeString(real.resolve("module.md"), "# A");
        Path link = Files.createSymbolicLink(temp.resolve("content"), temp.resolve("real"));

        assertThat(ContentSource.folder(link).files().keySet()).containsExactly("modules/a/module.md");
    }
}
