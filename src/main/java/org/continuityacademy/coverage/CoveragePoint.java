package org.continuityacademy.coverage;

import java.time.LocalDate;

/** A day's stored coverage snapshot. */
public record CoveragePoint(LocalDate day, long required, long current) {

    public int percent() {
        return required == 0 ? 0 : (int) (current * 100 / required);
    }
}
