package org.continuityacademy.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.continuityacademy.security.AppRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the fictional company Harbourline: about 250 employees in ten departments with a
 * manager hierarchy, and one demo login per app role. Deterministic, and a no-op once any employee exists.
 */
@Component
class DemoOrganisation {

    static final String COMPANY = "Harbourline";
    static final String DEMO_PASSWORD = "demo";

    /** The demo logins, in the order they are printed. */
    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("learner", "Lena Novak", EnumSet.of(AppRole.LEARNER), "an agent in Customer Service"),
            new DemoLogin("manager", "Marcus Bell", EnumSet.of(AppRole.LEARNER, AppRole.MANAGER), "a team lead in Customer Service"),
            new DemoLogin("hr", "Hannah Lewis", EnumSet.of(AppRole.LEARNER, AppRole.HR), "HR business partner"),
            new DemoLogin("continuity", "Priya Raman", EnumSet.of(AppRole.LEARNER, AppRole.CONTINUITY_MANAGER, AppRole.MANAGER),
                    "IT service continuity manager, leads a team in IT Operations"),
            new DemoLogin("admin", "Sam Okafor", EnumSet.of(AppRole.LEARNER, AppRole.ADMIN, AppRole.MANAGER),
                    "platform administrator, leads a team in IT Operations"));

    record DemoLogin(String username, String name, Set<AppRole> roles, String who) {
    }

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private static final Map<String, Integer> DEPARTMENTS = new LinkedHashMap<>();

    static {
        DEPARTMENTS.put("Executive Office", 5);
        DEPARTMENTS.put("IT Operations", 30);
        DEPARTMENTS.put("Software Engineering", 45);
        DEPARTMENTS.put("Information Security", 12);
        DEPARTMENTS.put("Finance", 25);
        DEPARTMENTS.put("Human Resources", 15);
        DEPARTMENTS.put("Customer Service", 50);
        DEPARTMENTS.put("Claims", 35);
        DEPARTMENTS.put("Sales and Marketing", 25);
        DEPARTMENTS.put("Legal and Compliance", 8);
    }

    private static final String[] FIRST = {"Aisha", "Ben", "Chloe", "Daniel", "Ella", "Farid", "Grace", "Harry",
            "Isla", "Jamal", "Katie", "Liam", "Maya", "Noah", "Olivia", "Patrick", "Ruby", "Samuel", "Tara", "Umar",
            "Victoria", "William", "Yasmin", "Zoe", "Adam", "Bethany", "Callum", "Deepa", "Ethan", "Fiona", "George",
            "Hollie", "Ivan", "Jessica", "Kieran", "Lucy", "Mohammed", "Niamh", "Oscar", "Poppy", "Rhys", "Sophie",
            "Thomas", "Usha", "Vikram", "Wendy", "Xavier", "Yusuf", "Amelia", "Joseph", "Megan", "Ryan", "Sian",
            "Tomasz", "Agnieszka", "Chen", "Mei", "Kwame", "Ngozi", "Sean"};
    private static final String[] LAST = {"Adams", "Ahmed", "Baker", "Bennett", "Brown", "Campbell", "Chen", "Clarke",
            "Davies", "Edwards", "Evans", "Fraser", "Green", "Hall", "Harris", "Hughes", "Jackson", "James", "Jones",
            "Kaur", "Khan", "King", "Kowalski", "Lee", "Lewis", "Macdonald", "Martin", "Mensah", "Mitchell", "Moore",
            "Morgan", "Murphy", "Nowak", "O'Brien", "Owen", "Patel", "Phillips", "Price", "Reid", "Roberts",
            "Robinson", "Scott", "Shah", "Singh", "Smith", "Stewart", "Taylor", "Thomas", "Thompson", "Walker",
            "Ward", "Watson", "White", "Williams", "Wilson", "Wood", "Wright", "Young"};
    private static final String[] LOCATIONS = {"London", "London", "London", "Manchester", "Manchester", "Edinburgh",
            "Cardiff", "Remote"};

    private final Departments departments;
    private final Employees employees;
    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final ManagerRoles managerRoles;
    private final DirectoryAccounts directoryAccounts;
    private final Clock clock;

    DemoOrganisation(Departments departments, Employees employees, Accounts accounts, PasswordEncoder passwordEncoder,
                     ManagerRoles managerRoles, DirectoryAccounts directoryAccounts, Clock clock) {
        this.managerRoles = managerRoles;
        this.directoryAccounts = directoryAccounts;
        this.clock = clock;
        this.departments = departments;
        this.employees = employees;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    /** Creates the company unless the directory already holds people. Returns whether it created anything. */
    @Transactional
    boolean createIfEmpty() {
        if (employees.count() > 0) {
            return false;
        }
        var company = new Company(new Random(20261127L), new HashSet<>(), new int[]{1000}, clock.instant(), LocalDate.now(clock));
        var people = new ArrayList<Employee>();

        Employee ceo = company.person("Margaret", "Ashby");
        Map<String, Department> saved = new LinkedHashMap<>();
        DEPARTMENTS.keySet().forEach(name -> saved.put(name, departments.save(new Department(name))));
        ceo.placeIn(saved.get("Executive Office"), null, "London", company.today().minusYears(17).minusMonths(9), company.now());
        people.add(ceo);

        Map<String, Employee> named = new LinkedHashMap<>();
        for (var entry : DEPARTMENTS.entrySet()) {
            Department department = saved.get(entry.getKey());
            int size = entry.getValue() - (entry.getKey().equals("Executive Office") ? 1 : 0);
            buildDepartment(company, department, ceo, size, people, named);
        }
        employees.saveAllAndFlush(people);

        for (DemoLogin login : LOGINS) {
            if (accounts.existsByUsername(login.username())) {
                log.warn("Demo login '{}' not created: an account by that name exists", login.username());
                continue;
            }
            Employee employee = named.get(login.username());
            var account = new Account(login.username(), employee.fullName(), company.now());
            account.linkTo(employee.getId(), employee.getEmail());
            account.setPasswordHash(passwordEncoder.encode(DEMO_PASSWORD));
            account.changeAccess(login.roles(), true);
            accounts.save(account);
        }
        accounts.flush();
        // everyone else has an account as any employee does (no password: they sign in with Harbourline ID)
        directoryAccounts.open(people, "in the demo organisation", new DirectoryAccounts.Tally());
        managerRoles.follow();
        log.info("Created the demo organisation {}: {} employees in {} departments, {} demo logins",
                COMPANY, people.size(), saved.size(), LOGINS.size());
        return true;
    }

    /**
     * What building the company draws on: one random sequence (the same company every time), the e-mail
     * addresses and employee numbers given out so far, and the moment it is built (hire dates count back from today).
     */
    private record Company(Random random, Set<String> emails, int[] number, Instant now, LocalDate today) {

        Employee person(String first, String last) {
            return new Employee("E" + (++number[0]), first, last, email(first, last, emails), now);
        }

        void rename(Employee employee, String first, String last) {
            emails.remove(employee.getEmail());
            employee.rename(first, last, email(first, last, emails), now);
        }

        Employee placed(Department department, Employee manager, String location) {
            Employee e = person(FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)]);
            // hired over the last nineteen years or so, the newest a few months ago
            LocalDate hired = today.minusDays(6930).plusDays(random.nextInt(6800));
            e.placeIn(department, manager, random.nextInt(10) == 0 ? "Remote" : location, hired, now);
            return e;
        }
    }

    private void buildDepartment(Company company, Department department, Employee ceo,
                                 int size, List<Employee> people, Map<String, Employee> named) {
        Random random = company.random();
        String name = department.getName();
        if (name.equals("Executive Office")) {
            for (int i = 0; i < size; i++) {
                people.add(company.placed(department, ceo, "London"));
            }
            return;
        }
        String home = LOCATIONS[random.nextInt(LOCATIONS.length)];
        Employee head = company.placed(department, ceo, "London");
        people.add(head);
        int remaining = size - 1;
        int teams = Math.max(1, remaining / 12);
        List<Employee> leads = new ArrayList<>();
        if (teams > 1) {
            for (int t = 0; t < teams; t++) {
                Employee lead = company.placed(department, head, t == 0 ? "London" : home);
                leads.add(lead);
                people.add(lead);
            }
            remaining -= teams;
        } else {
            leads.add(head);
        }
        for (int i = 0; i < remaining; i++) {
            Employee manager = leads.get(i % leads.size());
            people.add(company.placed(department, manager, manager.getLocation()));
        }
        switch (name) {
            case "Customer Service" -> {
                Employee lead = leads.getFirst();
                company.rename(lead, "Marcus", "Bell");
                named.put("manager", lead);
                Employee agent = people.stream().filter(p -> p.getManager() == lead).findFirst().orElseThrow();
                company.rename(agent, "Lena", "Novak");
                named.put("learner", agent);
            }
            case "Human Resources" -> named.put("hr", renamed(company, people, head, "Hannah", "Lewis"));
            case "IT Operations" -> {
                named.put("continuity", renamed(company, people, head, "Priya", "Raman"));
                Employee admin = people.stream()
                        .filter(p -> p.getDepartment() == department && p != head && p != named.get("continuity"))
                        .findFirst().orElseThrow();
                company.rename(admin, "Sam", "Okafor");
                named.put("admin", admin);
            }
            default -> {
            }
        }
    }

    /** Renames the first report of {@code manager} in the list, so a named person has a real manager. */
    private static Employee renamed(Company company, List<Employee> people, Employee manager, String first, String last) {
        Employee person = people.stream().filter(p -> p.getManager() == manager).findFirst().orElseThrow();
        company.rename(person, first, last);
        return person;
    }

    private static String email(String first, String last, Set<String> taken) {
        String base = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
        String candidate = base + "@harbourline.example";
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + n + "@harbourline.example";
        }
        return candidate;
    }
}
