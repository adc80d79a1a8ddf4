/**
 * The read-only REST API under {@code /api/v1} for BI tools and learning record stores: API tokens
 * (created by administrators, stored hashed), their bearer authentication, and the endpoints.
 */
@NullMarked
package org.continuityacademy.api;

import org.jspecify.annotations.NullMarked;
