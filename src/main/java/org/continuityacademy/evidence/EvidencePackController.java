package org.continuityacademy.evidence;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads a ready pack's PDF or CSV. {@code SecurityConfig} lets only HR and the continuity manager
 * reach these paths and {@link EvidencePacks} checks again; an unknown or unfinished pack is 404.
 */
@RestController
class EvidencePackController {

    private final EvidencePacks packs;

    EvidencePackController(EvidencePacks packs) {
        this.packs = packs;
    }

    @GetMapping("/evidence-packs/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return packs.pdf(id).map(EvidencePackController::download).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/evidence-packs/{id}/csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        return packs.csv(id).map(EvidencePackController::download).orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> download(EvidenceFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }
}
