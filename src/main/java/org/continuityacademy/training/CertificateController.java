package org.continuityacademy.training;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Downloads a certificate as a PDF; {@link Certificates} decides who may have which. */
@RestController
class CertificateController {

    private final Certificates certificates;

    CertificateController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/certificates/{completionId}")
    ResponseEntity<byte[]> download(@PathVariable long completionId) {
        var certificate = certificates.certificate(completionId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(certificate.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(certificate.pdf());
    }
}
