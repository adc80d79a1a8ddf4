package org.continuityacademy.evidence;

/** A pack's PDF or CSV file, with the name to save it under and its media type. */
public record EvidenceFile(String fileName, String mediaType, byte[] content) {
}
