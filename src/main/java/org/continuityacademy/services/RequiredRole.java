package org.continuityacademy.services;

import jakarta.persistence.Embeddable;

/** A continuity role a service needs a primary for, and whether it needs a deputy too. */
@Embeddable
public record RequiredRole(String roleKey, boolean deputyRequired) {
}
