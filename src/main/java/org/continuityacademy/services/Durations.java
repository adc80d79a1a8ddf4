package org.continuityacademy.services;

/** Minutes in words people use for recovery targets: "45 minutes", "4 hours", "2 days". */
public final class Durations {

    private Durations() {
    }

    public static String describe(int minutes) {
        if (minutes % (24 * 60) == 0 && minutes > 0) {
            int days = minutes / (24 * 60);
            return days + (days == 1 ? " day" : " days");
        }
        if (minutes % 60 == 0 && minutes > 0) {
            int hours = minutes / 60;
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
