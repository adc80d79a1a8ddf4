package org.continuityacademy.directory;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import org.continuityacademy.base.db.ColumnSizes;
import org.continuityacademy.base.upload.UploadLimit;
import org.springframework.beans.factory.annotation.Value;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.continuityacademy.audit.AuditTrail;
import java.util.Locale;
import org.continuityacademy.base.i18n.Messages;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's employee import in two steps: a preview that changes nothing and lists every row problem with
 * its line, then applying the previewed file in one transaction (all or nothing). Employees missing
 * from a file are deactivated only when HR marks it as the complete list; nobody is ever deleted.
 * Accounts follow the list in the same transaction ({@link DirectoryAccounts}, {@link ManagerRoles}), and each
 * applied file is in the audit trail with who applied it, when, its SHA-256 and what it changed.
 */
@Service
public class EmployeeImports {

    private final Employees employees;
    private final Departments departments;
    private final ManagerRoles managerRoles;
    private final DirectoryAccounts directoryAccounts;
    private final AuditTrail audit;
    private final ImportHistory history;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Messages messages;
    private final TransactionTemplate transactions;
    private final ImportFiles files;
    private final UploadLimit uploadLimit;
    private final ColumnSizes columnSizes;
    private final int maxRows;
    private final int confirmShare;
    private final Map<Long, ImportProgress> progress = new ConcurrentHashMap<>();
    /** One file at a time: imports queue behind each other rather than interleave. */
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "employee-import");
        thread.setDaemon(true);
        return thread;
    });

    EmployeeImports(Employees employees, Departments departments, ManagerRoles managerRoles, DirectoryAccounts directoryAccounts,
                    AuditTrail audit, ImportHistory history, CurrentUser currentUser, ApplicationEventPublisher events,
                    PlatformTransactionManager transactionManager, Clock clock, Messages messages, ImportFiles files,
                    UploadLimit uploadLimit, ColumnSizes columnSizes, @Value("${academy.import.max-rows:200000}") int maxRows,
                    @Value("${academy.import.confirm-share:10}") int confirmShare) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.files = files;
        this.uploadLimit = uploadLimit;
        this.columnSizes = columnSizes;
        this.maxRows = maxRows;
        this.confirmShare = confirmShare;
        this.employees = employees;
        this.departments = departments;
        this.managerRoles = managerRoles;
        this.directoryAccounts = directoryAccounts;
        this.audit = audit;
        this.history = history;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.messages = messages;
    }

    /** As {@link #preview(String, InputStream, boolean)}, for a file already in memory (tests, small files). */
    @PreAuthorize(Access.HR)
    public ImportPreview preview(String fileName, byte[] content, boolean completeList) {
        return preview(fileName, new ByteArrayInputStream(content), completeList);
    }

    /**
     * Checks a file and says what applying it would do. Changes no employee. The file streams into a temporary file
     * of at most the upload limit (a larger one is refused as it arrives) before any database connection is taken, so
     * a slow upload holds none; it is read from there without ever being whole in memory, and kept in
     * {@link ImportFiles} only when it can be applied.
     */
    @PreAuthorize(Access.HR)
    public ImportPreview preview(String fileName, InputStream content, boolean completeList) {
        Locale locale = messages.currentLocale();
        String by = currentUser.require().getUsername();
        Path temp = null;
        try {
            temp = Files.createTempFile("employee-import-", ".csv");
            boolean tooLarge = false;
            try (var limited = uploadLimit.limit(content); var out = Files.newOutputStream(temp)) {
                limited.transferTo(out);
            } catch (UploadLimit.TooLarge e) {
                tooLarge = true;
            }
            Path file = temp;
            boolean refused = tooLarge;
            return transactions.execute(tx -> {
                ImportPlan plan = refused ? refusedFile(messages.get(locale, "import.problem.too-large", uploadLimit.text(locale)))
                        : planFile(file, completeList, locale);
                EmployeeImport saved = history.saveAndFlush(new EmployeeImport(fileName, by, clock.instant(), completeList, plan));
                if (plan.problems().isEmpty()) {
                    try (var in = Files.newInputStream(file)) {
                        files.write(saved.getId(), in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return new ImportPreview(saved.getId(), plan);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the system cleans its temporary folder
                }
            }
        }
    }

    private ImportPlan planFile(Path file, boolean completeList, Locale locale) {
        try (var in = Files.newInputStream(file)) {
            return plan(EmployeeCsv.read(in, LocalDate.now(clock), limits()), completeList, null, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan of a file refused as a whole before it was read. */
    private static ImportPlan refusedFile(String problem) {
        return new ImportPlan(0, 0, 0, 0, 0, List.of(problem), List.of(), 0, 0);
    }

    /** The longest value of each column, from the database's column sizes. */
    private EmployeeCsv.Limits limits() {
        int number = columnSizes.max("employee", "employee_number");
        return new EmployeeCsv.Limits(Map.of(
                EmployeeCsv.Column.NUMBER, number,
                EmployeeCsv.Column.FIRST_NAME, columnSizes.max("employee", "first_name"),
                EmployeeCsv.Column.LAST_NAME, columnSizes.max("employee", "last_name"),
                EmployeeCsv.Column.EMAIL, columnSizes.max("employee", "email"),
                EmployeeCsv.Column.DEPARTMENT, columnSizes.max("department", "name"),
                EmployeeCsv.Column.MANAGER, number,
                EmployeeCsv.Column.LOCATION, columnSizes.max("employee", "location")), maxRows);
    }

    /** Applies a previewed file: all of it, or (when anything is wrong) nothing. */
    @PreAuthorize(Access.HR)
    @Transactional
    public ImportPlan apply(long importId) {
        return apply(importId, 0);
    }

    /**
     * Applies a previewed file that needs its number of deactivations confirmed ({@link ImportPlan#needsConfirmation()}):
     * {@code confirmedDeactivations} is the number HR typed.
     */
    @PreAuthorize(Access.HR)
    @Transactional
    public ImportPlan apply(long importId, int confirmedDeactivations) {
        return applyNow(importId, confirmedDeactivations, done -> {
        }, messages.currentLocale());
    }

    /**
     * Applies a previewed file in the background, in one transaction; the click that starts it returns
     * at once and {@link #progress(long)} says how far it has come.
     */
    @PreAuthorize(Access.HR)
    public void startApply(long importId) {
        startApply(importId, 0);
    }

    /** As {@link #startApply(long)}, with the number of deactivations HR typed to confirm them. */
    @PreAuthorize(Access.HR)
    public void startApply(long importId, int confirmedDeactivations) {
        // the background work speaks the language of the person who started it
        Locale locale = messages.currentLocale();
        EmployeeImport upload = history.findById(importId).orElseThrow(() -> refused(locale, "import.refused.gone"));
        if (upload.getStatus() != EmployeeImport.Status.PREVIEWED) {
            throw notApplicable(locale, upload);
        }
        // refused at once when the preview's count needs confirming and was not typed; applying checks again
        int active = (int) employees.countByActiveTrue();
        if (confirmationNeeded(upload.deactivated(), active) && confirmedDeactivations != upload.deactivated()) {
            throw refused(locale, "import.refused.confirm", upload.deactivated(), active);
        }
        var previous = progress.get(importId);
        if (previous != null && !previous.finished()) {
            throw refused(locale, "import.refused.running");
        }
        progress.put(importId, new ImportProgress(importId, 0, 0, "RUNNING", messages.get(locale, "import.progress.waiting"), null));
        var security = SecurityContextHolder.getContext();
        runner.submit(new DelegatingSecurityContextRunnable(() -> {
            try {
                ImportPlan plan = transactions.execute(tx -> applyNow(importId, confirmedDeactivations,
                        done -> progress.computeIfPresent(importId, (id, p) -> new ImportProgress(id, done, p.total(), "RUNNING", null, null)),
                        locale));
                progress.put(importId, new ImportProgress(importId, plan.rowsRead(), plan.rowsRead(), "DONE", null, plan));
            } catch (RuntimeException e) {
                var current = progress.get(importId);
                progress.put(importId, new ImportProgress(importId, current == null ? 0 : current.done(),
                        current == null ? 0 : current.total(), "FAILED",
                        e instanceof ImportRefused ? e.getMessage()
                                : messages.get(locale, "import.failed", String.valueOf(e.getMessage())), null));
            }
        }, security));
    }

    @PreAuthorize(Access.HR)
    public java.util.Optional<ImportProgress> progress(long importId) {
        return java.util.Optional.ofNullable(progress.get(importId));
    }

    @PreDestroy
    void stopRunner() {
        runner.shutdown();
    }

    private ImportPlan applyNow(long importId, int confirmedDeactivations, IntConsumer onProgress, Locale locale) {
        EmployeeImport upload = history.findById(importId).orElseThrow(() -> refused(locale, "import.refused.gone"));
        if (upload.getStatus() != EmployeeImport.Status.PREVIEWED || !files.has(importId)) {
            throw notApplicable(locale, upload);
        }
        var changes = new Changes();
        MessageDigest digest = sha256();
        EmployeeCsv.Result csv;
        try (var in = new DigestInputStream(files.read(importId), digest)) {
            csv = EmployeeCsv.read(in, LocalDate.now(clock), limits());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportPlan plan = plan(csv, upload.isCompleteList(), changes, locale);
        if (!plan.problems().isEmpty()) {
            throw refused(locale, "import.refused.changed", plan.problems().getFirst());
        }
        if (plan.needsConfirmation() && confirmedDeactivations != plan.deactivated()) {
            throw refused(locale, "import.refused.confirm", plan.deactivated(), plan.activeBefore());
        }
        progress.computeIfPresent(importId, (id, p) -> new ImportProgress(id, 0, changes.rows.size(), "RUNNING", null, null));
        String sha256 = HexFormat.of().formatHex(digest.digest());
        Applied applied = applyChanges(changes, onProgress, "(employee import " + importId + ", " + upload.fileName() + ")");
        upload.applied(plan, clock.instant());
        history.save(upload);
        files.delete(importId);
        audit.record("employee import applied", "employee import", String.valueOf(importId),
                upload.fileName() + " applied: " + plan.added() + " added, " + plan.changed() + " changed, " + applied.left()
                        + " left, " + applied.rejoined() + " rejoined; " + applied.accounts().summary(),
                null, "SHA-256 " + sha256 + "; rows " + plan.rowsRead() + "; added " + plan.added() + "; changed " + plan.changed()
                        + "; left " + applied.left() + "; rejoined " + applied.rejoined() + "; accounts opened "
                        + applied.accounts().opened + "; accounts not opened " + applied.accounts().notOpened
                        + "; accounts disabled " + applied.accounts().disabled + "; accounts enabled again "
                        + applied.accounts().enabled + "; account details changed " + applied.accounts().detailsChanged
                        + "; app roles changed " + applied.accounts().rolesChanged);
        return plan;
    }

    /** What applying did beyond the plan's counts: who left and rejoined, and what became of their accounts. */
    private record Applied(int left, int rejoined, DirectoryAccounts.Tally accounts) {
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    @PreAuthorize(Access.HR)
    @Transactional(readOnly = true)
    public List<ImportRecord> history(Pageable page) {
        return history.findAllByOrderByUploadedAtDesc(page).stream().map(EmployeeImport::record).toList();
    }

    @PreAuthorize(Access.HR)
    @Transactional(readOnly = true)
    public long countHistory() {
        return history.count();
    }

    /** What applying will do, collected while planning so that it is computed once. */
    private static final class Changes {
        final List<EmployeeCsv.Row> rows = new ArrayList<>();
        final List<Employee> deactivate = new ArrayList<>();
        /** The directory as read for the plan, by employee number: applying reuses it instead of reading again. */
        final Map<String, Employee> existing = new HashMap<>();
    }

    private ImportRefused refused(Locale locale, String key, Object... args) {
        return new ImportRefused(messages.get(locale, key, args));
    }

    /** Why a file that is not waiting to be applied cannot be: it was applied, or refused for its errors. */
    private ImportRefused notApplicable(Locale locale, EmployeeImport upload) {
        return refused(locale, upload.getStatus() == EmployeeImport.Status.APPLIED ? "import.refused.applied" : "import.refused.rejected");
    }

    /**
     * A problem as HR reads it: "Line 7, column D (E-mail): …" where it is in one column, "Line 7: …" where it is the
     * row's, or the text alone when it is about the whole file.
     */
    private String text(Locale locale, int line, EmployeeCsv.@Nullable Place column, String key, Object... args) {
        String text = messages.get(locale, key, args);
        if (line == 0) {
            return text;
        }
        return column == null ? messages.get(locale, "import.problem.line", String.valueOf(line), text)
                : messages.get(locale, "import.problem.line-column", String.valueOf(line), column.letter(), column.header(), text);
    }

    private ImportPlan plan(EmployeeCsv.Result csv, boolean completeList, @Nullable Changes changes, Locale locale) {
        var problems = new ArrayList<String>();
        csv.problems().forEach(p -> problems.add(text(locale, p.line(), p.column(), p.key(), p.args().toArray())));
        var warnings = csv.warnings().stream().map(w -> text(locale, w.line(), w.column(), w.key(), w.args().toArray())).toList();
        Map<String, Employee> existing = employees.findAll().stream()
                .collect(Collectors.toMap(Employee::getEmployeeNumber, Function.identity()));
        Map<String, EmployeeCsv.Row> inFile = new HashMap<>();
        csv.rows().forEach(r -> inFile.put(r.number(), r));
        // a person whose row was refused is still in the file: that row has its own problem, and no other row is wrong
        // for naming them as manager, nor are they missing from a complete list
        Set<String> named = new HashSet<>(inFile.keySet());
        named.addAll(csv.refusedNumbers());
        var managerColumn = csv.place(EmployeeCsv.Column.MANAGER);
        var emailColumn = csv.place(EmployeeCsv.Column.EMAIL);

        // managers: known in the file or (for rows not in it) in the directory; no circles
        Map<String, String> managerOf = new HashMap<>();
        existing.values().forEach(e -> {
            if (e.getManager() != null) {
                managerOf.put(e.getEmployeeNumber(), e.getManager().getEmployeeNumber());
            }
        });
        // what a refused row says is unknown: the directory's line for them would be a guess, and no circle through them is sure
        csv.refusedNumbers().forEach(managerOf::remove);
        for (EmployeeCsv.Row row : csv.rows()) {
            if (row.managerNumber() == null) {
                managerOf.remove(row.number());
                continue;
            }
            if (!named.contains(row.managerNumber()) && (completeList || !existing.containsKey(row.managerNumber()))) {
                problems.add(text(locale, row.line(), managerColumn, completeList ? "import.problem.manager-not-in-file"
                        : "import.problem.manager-unknown", row.managerNumber()));
            }
            managerOf.put(row.number(), row.managerNumber());
        }
        for (EmployeeCsv.Row row : csv.rows()) {
            Set<String> seen = new HashSet<>();
            String current = row.number();
            while (current != null && seen.add(current)) {
                current = managerOf.get(current);
            }
            if (current != null && current.equals(row.number())) {
                problems.add(text(locale, row.line(), managerColumn, "import.problem.circle", row.number()));
            }
        }

        // one address, one person: an active person's address is the user name of their account
        Map<String, Integer> activeAddresses = new HashMap<>();
        for (EmployeeCsv.Row row : csv.rows()) {
            if (row.active()) {
                Integer earlier = activeAddresses.putIfAbsent(DirectoryAccounts.username(row.email()), row.line());
                if (earlier != null) {
                    problems.add(text(locale, row.line(), emailColumn, "import.problem.duplicate-email", row.email(),
                            String.valueOf(earlier)));
                }
            }
        }
        if (!completeList) {
            for (Employee e : existing.values()) {
                Integer line = e.isActive() && !named.contains(e.getEmployeeNumber())
                        ? activeAddresses.get(DirectoryAccounts.username(e.getEmail())) : null;
                if (line != null) {
                    problems.add(text(locale, line, emailColumn, "import.problem.email-taken", e.getEmail(), e.getEmployeeNumber()));
                }
            }
        }

        int added = 0, changed = 0, unchanged = 0, deactivated = 0;
        for (EmployeeCsv.Row row : csv.rows()) {
            Employee known = existing.get(row.number());
            if (known == null) {
                added++;
            } else if (differs(known, row)) {
                changed++;
                if (known.isActive() && !row.active()) {
                    deactivated++;
                }
            } else {
                unchanged++;
            }
        }
        var missing = new ArrayList<Employee>();
        // a list without a single valid row is never "everyone else has left" (it is refused for its problems anyway):
        // a header-only or wholly broken file deactivates nobody, not even in the preview's counts
        if (completeList && !csv.rows().isEmpty()) {
            existing.values().stream().filter(e -> e.isActive() && !named.contains(e.getEmployeeNumber())).forEach(missing::add);
            deactivated += missing.size();
        }
        if (changes != null && problems.isEmpty()) {
            changes.rows.addAll(csv.rows());
            changes.deactivate.addAll(missing);
            changes.existing.putAll(existing);
        }
        int active = (int) existing.values().stream().filter(Employee::isActive).count();
        return new ImportPlan(csv.rowsRead(), added, changed, unchanged, deactivated,
                problems.size() > 1000 ? List.copyOf(problems.subList(0, 1000)) : List.copyOf(problems), warnings, active,
                confirmationNeeded(deactivated, active) ? deactivated : 0);
    }

    /** More than the set share of the active people would be deactivated: HR types the number to confirm. */
    private boolean confirmationNeeded(int deactivated, int active) {
        return deactivated > 0 && (long) deactivated * 100 > (long) confirmShare * active;
    }

    private static boolean differs(Employee e, EmployeeCsv.Row r) {
        return !e.getFirstName().equals(r.firstName()) || !e.getLastName().equals(r.lastName()) || !e.getEmail().equals(r.email())
                || e.getDepartment() == null || !e.getDepartment().getName().equals(r.department())
                || !java.util.Objects.equals(e.getManager() == null ? null : e.getManager().getEmployeeNumber(), r.managerNumber())
                || !java.util.Objects.equals(e.getLocation(), r.location()) || !java.util.Objects.equals(e.getHireDate(), r.hireDate())
                || e.isActive() != r.active() || !java.util.Objects.equals(e.getLeavingDate(), r.leavingDate());
    }

    private Applied applyChanges(Changes changes, IntConsumer onProgress, String why) {
        Instant now = clock.instant();
        Map<String, Department> byName = new HashMap<>();
        departments.findAll().forEach(d -> byName.put(d.getName(), d));
        Map<String, Employee> byNumber = changes.existing;
        var newlyInactive = new ArrayList<Employee>();
        var rejoined = new ArrayList<Employee>();
        var renamed = new ArrayList<Employee>();
        var previousEmails = new HashMap<Long, String>();
        var created = new java.util.LinkedHashMap<String, Employee>();
        // first everyone exists, then managers are linked (a manager may come later in the file); new people
        // are stored only once complete, so each is one batched insert rather than an insert and an update
        for (EmployeeCsv.Row row : changes.rows) {
            byName.computeIfAbsent(row.department(), name -> departments.save(new Department(name)));
            byNumber.computeIfAbsent(row.number(), n -> {
                var employee = new Employee(n, row.firstName(), row.lastName(), row.email(), now);
                created.put(n, employee);
                return employee;
            });
        }
        int done = 0;
        for (EmployeeCsv.Row row : changes.rows) {
            if (++done % 500 == 0) {
                onProgress.accept(done);
            }
            Employee employee = byNumber.get(row.number());
            boolean known = !created.containsKey(row.number());
            boolean wasActive = employee.isActive() && known;
            boolean wasInactive = !employee.isActive() && known;
            String previousEmail = employee.getEmail();
            String previousName = employee.fullName();
            employee.update(row.firstName(), row.lastName(), row.email(), byName.get(row.department()),
                    row.managerNumber() == null ? null : byNumber.get(row.managerNumber()), row.location(), row.hireDate(),
                    row.active(), row.leavingDate(), now);
            if (wasActive && !row.active()) {
                newlyInactive.add(employee);
            }
            if (wasInactive && row.active()) {
                rejoined.add(employee);
            }
            if (known && (!previousEmail.equals(employee.getEmail()) || !previousName.equals(employee.fullName()))) {
                renamed.add(employee);
                if (!previousEmail.equals(employee.getEmail())) {
                    previousEmails.put(employee.getId(), previousEmail);
                }
            }
        }
        onProgress.accept(done); // every row prepared: what is left is writing them
        employees.saveAll(managersFirst(created.values()));
        LocalDate today = LocalDate.now(clock);
        for (Employee leaver : changes.deactivate) {
            leaver.deactivate(today, now);
            newlyInactive.add(leaver);
        }
        employees.flush();
        // accounts follow the list in this transaction: leavers first (they may give up an address a newcomer has)
        var accounts = new DirectoryAccounts.Tally();
        directoryAccounts.left(newlyInactive, why, accounts);
        directoryAccounts.rejoined(rejoined, why, accounts);
        directoryAccounts.detailsChanged(renamed, previousEmails, why, accounts);
        directoryAccounts.openForNewcomers(created.values(), why, accounts);
        accounts.rolesChanged += managerRoles.follow();
        for (Employee leaver : newlyInactive) {
            events.publishEvent(new EmployeeDeactivated(leaver.getId(), leaver.getEmployeeNumber(), leaver.fullName()));
        }
        return new Applied(newlyInactive.size(), rejoined.size(), accounts);
    }

    /**
     * New people ordered so that each comes after their manager when the manager is new too. Persisted in
     * this order, every insert already carries its manager; a report persisted before its (still transient)
     * manager would be inserted without one and updated afterwards.
     */
    private static List<Employee> managersFirst(Collection<Employee> created) {
        var ordered = new ArrayList<Employee>(created.size());
        Set<Employee> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        var chain = new ArrayList<Employee>();
        for (Employee employee : created) {
            chain.clear();
            // up the line through new people not yet placed (the plan has refused circles; placed stops one anyway)
            for (Employee e = employee; e != null && e.getId() == null && placed.add(e); e = e.getManager()) {
                chain.add(e);
            }
            ordered.addAll(chain.reversed());
        }
        return ordered;
    }


}
