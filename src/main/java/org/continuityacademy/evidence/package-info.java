/**
 * ISO 22301 evidence packs: for a chosen date, a PDF with a CSV appendix showing the competence each
 * continuity role requires, who held which role, their training, coverage, service readiness, gaps in
 * validity over a period, campaign history and the content versions in force. Generated in the
 * background by a clustered Quartz job and kept for download.
 */
@NullMarked
package org.continuityacademy.evidence;

import org.jspecify.annotations.NullMarked;
