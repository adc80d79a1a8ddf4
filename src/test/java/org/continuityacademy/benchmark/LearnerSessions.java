package org.continuityacademy.benchmark;

import static org.continuityacademy.benchmark.ScaleBenchmark.ms;
import static org.continuityacademy.benchmark.ScaleBenchmark.percentile;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.management.ObjectName;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Row 4 of the scale benchmark: learners' UI sessions, spoken to over HTTP as a browser does it
 * ({@link VaadinHttpSession}), against the app running in this JVM on its real port.
 * <ol>
 *   <li>{@value #LEARNERS} people of the scale organisation get a learner account and an open assignment of
 *       {@value #MODULE}; each signs in and loads "My training" (the page, the UI's init, the view), one after
 *       another. The heap in use after a full GC, before and after, gives the heap each session keeps.</li>
 *   <li>Then all of them at once, each arriving at a random moment of the first 30 seconds and pausing a think time
 *       between steps: open "My training" (the side navigation's link), open the quiz, answer every question (each
 *       answer is saved as it is given), submit. Every round trip is timed at the client.</li>
 *   <li>The heap per session again, each now holding the quiz's result; the database must hold one submitted
 *       attempt per learner from this run.</li>
 * </ol>
 * The client's own state per tab is a cookie, two counters and a key (the component trees are dropped), so the
 * heap difference is the server's. Think time {@code -Dscale.think=2000-6000} (milliseconds, uniform) and arrivals
 * {@code -Dscale.arrival=30000} (milliseconds) can be changed; {@code -Dscale.think=1000-3000 -Dscale.arrival=5000} is a
 * flash crowd.
 */
final class LearnerSessions {

    static final int LEARNERS = Integer.getInteger("scale.learners", 200);
    static final String MODULE = "the-continuity-plan";
    private static final String PASSWORD = "bench-learner-2026";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final URI base;
    private final List<String[]> table;
    private final List<String> notes;

    LearnerSessions(JdbcTemplate jdbc, PasswordEncoder passwords, int port, List<String[]> table, List<String> notes) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.base = URI.create("http://localhost:" + port);
        this.table = table;
        this.notes = notes;
    }

    void run() throws Exception {
        List<String> usernames = prepareLearners();
        HttpClient http = VaadinHttpSession.client();
        // warm the server's code paths and caches with a few sessions that stay open through the baseline
        List<VaadinHttpSession> warm = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var session = new VaadinHttpSession(http, base);
            session.login(usernames.get(i), PASSWORD);
            openMyTraining(session);
            warm.add(session);
        }
        long before = heapAfterFullGc();
        Map<String, long[]> histogramBefore = liveHistogram();

        List<VaadinHttpSession> sessions = new ArrayList<>();
        List<Long> pageLoads = new ArrayList<>();
        for (String username : usernames) {
            var session = new VaadinHttpSession(http, base);
            session.login(username, PASSWORD);
            long t = System.nanoTime();
            openMyTraining(session);
            pageLoads.add(System.nanoTime() - t);
            sessions.add(session);
        }
        long open = heapAfterFullGc();
        double perSessionOpen = (open - before) / (double) LEARNERS;
        notes.add("Learner sessions: what a session on \"My training\" keeps, per session, by class (live objects after a full GC, "
                + "the GC.class_histogram diagnostic command): " + perSession(histogramBefore, liveHistogram()));

        Instant started = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<String, List<Long>> trips = new ConcurrentHashMap<>();
        AtomicInteger passed = new AtomicInteger(), failed = new AtomicInteger();
        int[] think = range("scale.think", "2000-6000");
        int arrival = range("scale.arrival", "30000")[0];
        long wall = System.nanoTime();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < sessions.size(); i++) {
                var session = sessions.get(i);
                var random = new Random(20261127L + i);
                runs.add(threads.submit(() -> {
                    Thread.sleep(random.nextInt(Math.max(1, arrival)));
                    var home = timed(trips, "open My training", () -> session.navigate(""));
                    if (!home.containsText("training")) {
                        throw new IllegalStateException("My training did not open");
                    }
                    pause(random, think);
                    var quiz = timed(trips, "open the quiz", () -> session.navigate("learn/" + MODULE + "/quiz"));
                    int submit = quiz.button("Submit answers");
                    if (submit < 0) {
                        throw new IllegalStateException("The quiz has no submit button");
                    }
                    for (int group : quiz.components("RadioButtonGroup")) {
                        pause(random, think);
                        timed(trips, "answer a question", () -> session.setValue(group, quiz.firstOptionValue(group)));
                    }
                    for (int group : quiz.components("CheckboxGroup")) {
                        pause(random, think);
                        timed(trips, "answer a question", () -> session.setValue(group, List.of(quiz.firstOptionValue(group))));
                    }
                    pause(random, think);
                    var result = timed(trips, "submit the quiz", () -> session.click(submit));
                    if (result.containsText("You passed")) {
                        passed.incrementAndGet();
                    } else if (result.containsText("Not passed this time")) {
                        failed.incrementAndGet();
                    } else {
                        throw new IllegalStateException("No result after submitting");
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        }
        double seconds = (System.nanoTime() - wall) / 1e9;
        long after = heapAfterFullGc();
        double perSessionAfter = (after - before) / (double) LEARNERS;
        notes.add("Learner sessions: the same after the quiz, per session, by class: " + perSession(histogramBefore, liveHistogram()));
        int submitted = jdbc.queryForObject("""
                select count(*) from quiz_attempt q join account a on a.employee_id = q.employee_id
                where a.username like 'scale-learner-%' and q.module_id = ? and q.submitted_at >= ?
                """, Integer.class, MODULE, Timestamp.from(started));
        if (submitted != LEARNERS || passed.get() + failed.get() != LEARNERS) {
            throw new IllegalStateException("Expected " + LEARNERS + " submitted attempts, the database has " + submitted);
        }
        var all = new ArrayList<Long>();
        trips.values().forEach(all::addAll);

        table.add(new String[] {"4. Heap kept per learner UI session (after a full GC), %d sessions on \"My training\"".formatted(LEARNERS),
                "%s per session (%s for %d)".formatted(kb(perSessionOpen), mb(open - before), LEARNERS),
                "heap in use after GC: %s before, %s with the sessions".formatted(mb(before), mb(open)), "", "≤ 1 MB each"});
        table.add(new String[] {"4. … the same sessions after taking the quiz (each holding its result)",
                "%s per session".formatted(kb(perSessionAfter)), "heap in use after GC: %s".formatted(mb(after)), "", "≤ 1 MB each"});
        for (String kind : List.of("open My training", "open the quiz", "answer a question", "submit the quiz")) {
            List<Long> times = trips.getOrDefault(kind, List.of());
            table.add(new String[] {"4. Round trip with %d concurrent sessions: %s".formatted(LEARNERS, kind),
                    "p95 %s, median %s, max %s (%d)".formatted(ms(percentile(times, 95)), ms(percentile(times, 50)),
                            ms(percentile(times, 100)), times.size()), "", "", "p95 < 300 ms"});
        }
        table.add(new String[] {"4. All %d round trips of the concurrent phase".formatted(all.size()),
                "p95 %s, median %s (%.0f requests/s over %.1f s)".formatted(ms(percentile(all, 95)), ms(percentile(all, 50)),
                        all.size() / seconds, seconds),
                "page load alone before (page, init, view; one at a time): p95 %s, median %s".formatted(ms(percentile(pageLoads, 95)),
                        ms(percentile(pageLoads, 50))), "", "p95 < 300 ms"});
        notes.add(("Learner sessions: %d learners over HTTP (Vaadin's UIDL protocol, like a browser); think time %d–%d ms between "
                + "steps, arrivals spread over %.0f s; %d passed and %d did not (first option each time), %d attempts submitted in the "
                + "database; Vaadin in development mode (as in every test) with its component tracker off (as in production), 3 warm-up sessions kept open through the baseline")
                .formatted(LEARNERS, think[0], think[1], arrival / 1000.0, passed.get(), failed.get(), submitted));
        warm.clear();
        sessions.clear();
    }

    /** Accounts {@code scale-learner-001}… for the first active people of the scale organisation, each with an open assignment. */
    private List<String> prepareLearners() {
        String hash = passwords.encode(PASSWORD);
        List<Long> people = jdbc.queryForList("""
                select id from employee where employee_number like 'S%' and active = true order by id limit ?
                """, Long.class, LEARNERS);
        List<String> usernames = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < people.size(); i++) {
            String username = "scale-learner-%03d".formatted(i + 1);
            long employee = people.get(i);
            jdbc.update("""
                    insert ignore into account (id, username, display_name, email, password_hash, employee_id, enabled, created_at, version)
                    select nextval(account_seq), ?, concat(e.first_name, ' ', e.last_name), e.email, ?, e.id, true, ?, 0
                    from employee e where e.id = ?
                    """, username, hash, now, employee);
            jdbc.update("update account set password_hash = ? where username = ?", hash, username);
            jdbc.update("insert ignore into account_role (account_id, role) select id, 'LEARNER' from account where username = ?", username);
            // an open assignment to take the quiz of (unless one is open); a closed earlier attempt is no obstacle
            jdbc.update("""
                    insert ignore into training_assignment (id, employee_id, module_id, origin, origin_ref, reason, assigned_by,
                                                            assigned_at, due_on, status, version)
                    values (nextval(training_assignment_seq), ?, ?, 'MANUAL', 'benchmark', 'Learner sessions benchmark', 'benchmark', ?,
                            current_date + interval 30 day, 'OPEN', 0)
                    """, employee, MODULE, now);
            usernames.add(username);
        }
        return usernames;
    }

    private static void openMyTraining(VaadinHttpSession session) throws Exception {
        session.loadPage("");
        session.init("");
        session.navigate("");
    }

    private static VaadinHttpSession.Uidl timed(Map<String, List<Long>> trips, String kind, Call call) throws Exception {
        long t = System.nanoTime();
        var answer = call.call();
        trips.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - t);
        return answer;
    }

    private interface Call {
        VaadinHttpSession.Uidl call() throws Exception;
    }

    private static void pause(Random random, int[] think) throws InterruptedException {
        Thread.sleep(think[0] + (think[1] > think[0] ? random.nextInt(think[1] - think[0]) : 0));
    }

    /** A range of milliseconds from a system property, {@code 2000-6000} or {@code 30000}. */
    private static int[] range(String property, String otherwise) {
        String[] range = System.getProperty(property, otherwise).split("-");
        return new int[] {Integer.parseInt(range[0].trim()), Integer.parseInt(range[range.length - 1].trim())};
    }

    /** Heap in use after full collections (the lowest of three, a second apart). */
    static long heapAfterFullGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            memory.gc();
            Thread.sleep(1000);
            lowest = Math.min(lowest, memory.getHeapMemoryUsage().getUsed());
        }
        return lowest;
    }

    /** Live objects by class (bytes, count): the JVM's own {@code GC.class_histogram} command (a full GC first), in process. */
    static Map<String, long[]> liveHistogram() throws Exception {
        var histogram = new HashMap<String, long[]>();
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
        text.lines().map(String::trim).map(line -> line.split("\\s+")).filter(p -> p.length >= 4 && p[0].endsWith(":"))
                .forEach(p -> histogram.put(p[3], new long[] {Long.parseLong(p[2]), Long.parseLong(p[1])}));
        return histogram;
    }

    /** The eight classes that grew most between two histograms, per session. */
    private static String perSession(Map<String, long[]> before, Map<String, long[]> after) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(8)
                .map(e -> String.format(Locale.ROOT, "%s %.1f KB (%.0f objects)", e.getKey(), e.getValue()[0] / 1024.0 / LEARNERS,
                        e.getValue()[1] / (double) LEARNERS))
                .collect(Collectors.joining("; "));
    }

    private static String kb(double bytes) {
        return String.format(Locale.ROOT, "%,.0f KB", bytes / 1024);
    }

    private static String mb(double bytes) {
        return String.format(Locale.ROOT, "%,.0f MB", bytes / 1024 / 1024);
    }
}
