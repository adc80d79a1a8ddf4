package org.continuityacademy.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The production build reuses the committed {@code src/main/bundles/prod.bundle} while it holds every front-end module
 * the app uses, eager or lazy alike. A component the layout needs from the first page (the notification bell's popover,
 * put in by a Spring bean the build's scan does not follow) must be in the part loaded with every page: in a lazy chunk,
 * it was never defined and the bell opened nothing. After adding to {@link MainLayout}'s {@code @Uses}, delete
 * prod.bundle and build with {@code -Pproduction} once: Vaadin writes it again.
 */
class ProductionBundleTest {

    @Test
    void the_components_the_layout_uses_are_in_the_part_of_the_production_bundle_loaded_with_every_page() throws IOException {
        String eager;
        try (var bundle = new ZipFile(Path.of("src/main/bundles/prod.bundle").toFile())) {
            eager = bundle.stream()
                    .filter(e -> e.getName().matches("webapp/VAADIN/build/(generated-flow-imports|indexhtml)-[^/]*\\.js"))
                    .map(e -> {
                        try (var in = bundle.getInputStream(e)) {
                            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        } catch (IOException failed) {
                            throw new IllegalStateException(failed);
                        }
                    })
                    .reduce("", String::concat);
        }
        assertThat(eager).as("the eager scripts of prod.bundle").isNotEmpty();
        var used = MainLayout.class.getAnnotationsByType(Uses.class);
        assertThat(used).as("@Uses on MainLayout").isNotEmpty();
        Arrays.stream(used).map(u -> u.value().getAnnotation(Tag.class).value()).forEach(tag ->
                assertThat(eager).as("<" + tag + "> defined in the eager part of prod.bundle").contains("`" + tag + "`"));
    }
}
