/** The register of critical IT services: tier, RTO, RPO, MTPD, owner, required continuity roles, dependencies. */
@NullMarked
package org.continuityacademy.services;

import org.jspecify.annotations.NullMarked;
