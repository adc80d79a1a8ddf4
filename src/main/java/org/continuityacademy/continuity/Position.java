package org.continuityacademy.continuity;

/** Whether a holder leads the role (primary) or stands in (deputy). */
public enum Position {
    PRIMARY("Primary"), DEPUTY("Deputy");

    private final String label;

    Position(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
