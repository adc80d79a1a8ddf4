package org.continuityacademy.catalogue;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the images of module versions to signed-in people. A version's images never change, so
 * they may be cached; SVGs may not run scripts even if one slipped through.
 */
@RestController
class ContentAssetController {

    private final Catalogue catalogue;

    ContentAssetController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/content-assets/{versionId}/{name:.+}")
    ResponseEntity<byte[]> asset(@PathVariable long versionId, @PathVariable String name) {
        return catalogue.asset(versionId, name)
                .map(asset -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(asset.mediaType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate().immutable())
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                        .header("X-Content-Type-Options", "nosniff")
                        .body(asset.data()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
