package org.continuityacademy.directory;

import java.time.Clock;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.continuityacademy.security.AppRole;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * New people for tests of accounts and passwords, outside the demo company so that no test changes a demo login:
 * an employee with an account as an import opens it (user name = e-mail, no password, Learner).
 */
public final class TestAccounts {

    private static final AtomicInteger next = new AtomicInteger();

    /** A person the tests made. */
    public record Person(long employeeId, long accountId, String email, String name) {
    }

    private TestAccounts() {
    }

    /** A current employee with an enabled account that has no password yet. */
    public static Person newcomer(ApplicationContext context, String firstName, String lastName) {
        var employees = context.getBean(Employees.class);
        var accounts = context.getBean(Accounts.class);
        var clock = context.getBean(Clock.class);
        int n = next.incrementAndGet();
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36) + n;
        String email = (firstName + "." + lastName + "." + tag + "@newcomers.example").toLowerCase();
        return context.getBean(TransactionTemplate.class).execute(status -> {
            Employee employee = employees.saveAndFlush(new Employee("T-" + tag, firstName, lastName, email, clock.instant()));
            var account = new Account(email, employee.fullName(), clock.instant());
            account.linkTo(employee.getId(), email);
            account.changeAccess(EnumSet.of(AppRole.LEARNER), true);
            Account saved = accounts.saveAndFlush(account);
            return new Person(employee.getId(), saved.getId(), email, employee.fullName());
        });
    }

    /** Gives the account a password directly, as if it had been set before. */
    public static void setPassword(ApplicationContext context, long accountId, String password) {
        var accounts = context.getBean(Accounts.class);
        var encoder = context.getBean(PasswordEncoder.class);
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            Account account = accounts.findById(accountId).orElseThrow();
            account.setPassword(encoder.encode(password), false);
        });
    }
}
