package org.continuityacademy.directory;

/** A department to pick in filters. */
public record DepartmentOption(long id, String name) {
}
