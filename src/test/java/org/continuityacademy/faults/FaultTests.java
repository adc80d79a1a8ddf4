package org.continuityacademy.faults;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What every fault test needs from the machine. */
final class FaultTests {

    private FaultTests() {
    }

    /** A MariaDB server binary: skipped without one, unless in CI ({@code CI} set), where its absence is a failure. */
    static void requireMariaDbServer() {
        boolean present = MariaDbServer.serverBinary() != null;
        if (System.getenv("CI") != null && !present) {
            throw new IllegalStateException("CI must have mariadbd (apt-get install mariadb-server) for the fault tests");
        }
        assumeTrue(present, "no mariadbd on this machine");
    }
}
