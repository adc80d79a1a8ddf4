package org.continuityacademy.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.TestRecords;
import org.continuityacademy.base.time.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * People are found by their full name typed either way ("Liam Thomas", "Thomas, Liam"), in the database, and the
 * count agrees with the page: the employee list (also behind Assign training, the role and owner pickers) and accounts.
 */
@IntegrationTest
class PeopleSearchIT {

    @Autowired
    EmployeeDirectory directory;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    long zora;
    String first;

    @BeforeEach
    void somebodyWithARareName() {
        // a name unique to this run: the shared database keeps people from earlier tests
        first = "Zora" + Long.toString(System.nanoTime(), 36);
        zora = new TestRecords(jdbc, clock).employee(first, "Quillfeather", null);
    }

    @Test
    @WithUserDetails("hr")
    void a_full_name_finds_the_person_typed_first_last_or_last_comma_first() {
        for (String typed : new String[] {first + " Quillfeather", "Quillfeather, " + first, "quillfeather " + first.toLowerCase(),
                "  " + first + "   QUILL  ", first.substring(0, 4) + " quill"}) {
            assertThat(ids(typed)).as(typed).contains(zora);
            assertThat(directory.count(new EmployeeFilter(typed, null, true))).as(typed)
                    .isEqualTo(directory.search(new EmployeeFilter(typed, null, true), PageRequest.of(0, 500)).size());
        }
        assertThat(ids(first + " Nobody")).isEmpty();
        assertThat(ids("Quillfeather " + first + " extra")).isEmpty();
        assertThat(ids(first)).containsExactly(zora);
    }

    @Test
    @WithUserDetails("hr")
    void a_demo_persons_full_name_finds_them() {
        assertThat(directory.search(new EmployeeFilter("Lena Novak", null, true), PageRequest.of(0, 10)))
                .extracting(EmployeeRow::email).contains("lena.novak@harbourline.example");
        assertThat(directory.count(new EmployeeFilter("Novak, Lena", null, true))).isPositive();
    }

    @Test
    void an_account_is_found_by_its_persons_full_name_either_way() {
        SignedIn.as(users, "admin", () -> {
            assertThat(accounts.search("Lena Novak", PageRequest.of(0, 10))).extracting(AccountRow::username).contains("learner");
            assertThat(accounts.search("Novak, Lena", PageRequest.of(0, 10))).extracting(AccountRow::username).contains("learner");
            assertThat(accounts.count("Novak, Lena")).isEqualTo(accounts.search("Novak, Lena", PageRequest.of(0, 500)).size());
            assertThat(accounts.search("Lena Nobody", PageRequest.of(0, 10))).isEmpty();
            return null;
        });
    }

    private java.util.List<Long> ids(String typed) {
        return directory.search(new EmployeeFilter(typed, null, true), PageRequest.of(0, 500)).stream().map(EmployeeRow::id).toList();
    }
}
