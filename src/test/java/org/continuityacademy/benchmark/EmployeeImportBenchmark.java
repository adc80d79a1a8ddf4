package org.continuityacademy.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeFilter;
import org.continuityacademy.directory.EmployeeImports;
import org.continuityacademy.directory.EmployeeRow;
import org.continuityacademy.directory.ImportPlan;
import org.continuityacademy.directory.ImportPreview;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * HR's employee import at 100,000 rows: preview and background apply of a new file, the same file
 * with 1% of the rows changed, and a complete list that leaves 1,000 people out. Prints the times
 * (see BENCHMARKS.md); asserts only the counts, never a time. Run with {@code ./mvn.sh verify -Pbenchmark}.
 */
@IntegrationTest
@Tag("benchmark")
class EmployeeImportBenchmark {

    static final int ROWS = 100_000;
    static final int DEPARTMENTS = 50;
    /** Each manager has six direct reports: 100,000 people make a tree eight levels deep. */
    static final int SPAN = 6;
    static final int LEAVERS = 1_000;
    static final String DOMAIN = "bench.example";
    static final String HEADER = ImportFiles.HEADER;
    static final String[] FIRST = {"Ada", "Ben", "Cara", "Dev", "Ella", "Finn", "Gita", "Hugo", "Iris", "Jon",
            "Kemi", "Liam", "Maya", "Noor", "Owen", "Priya", "Quinn", "Rosa", "Sam", "Tariq"};
    static final String[] LAST = {"Adams", "Baker", "Clarke", "Davies", "Evans", "Fisher", "Green", "Hughes", "Iqbal",
            "Jones", "Khan", "Lewis", "Morgan", "Nolan", "O'Brien", "Patel", "Quigley", "Roberts", "Singh", "Taylor",
            "Usman", "Vaughan", "Walker", "Young", "Zhang"};
    static final String[] LOCATIONS = {"London", "Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Edinburgh",
            "Belfast", "Birmingham", "Newcastle"};
    static final LocalDate FIRST_HIRE = LocalDate.of(2000, 1, 3);

    @Autowired
    EmployeeImports imports;
    @Autowired
    EmployeeDirectory directory;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String[]> table = new ArrayList<>();

    @Test
    @WithUserDetails("hr")
    void import_100000_employees() throws InterruptedException {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        assertThat(depth(ROWS)).as("the deepest reporting line").isEqualTo(8);
        long before = directory.count(EmployeeFilter.activeOnly());

        // 1. a new file: everyone is added
        byte[] initial = file(i -> false, i -> true);
        var first = measure("100,000 new", initial, false, statistics);
        assertThat(first.preview.plan().problems()).isEmpty();
        assertThat(first.preview.plan().added()).isEqualTo(ROWS);
        assertThat(first.applied.added()).isEqualTo(ROWS);
        assertThat(directory.count(new EmployeeFilter(DOMAIN, null, true))).isEqualTo(ROWS);
        assertThat(directory.count(EmployeeFilter.activeOnly())).isEqualTo(before + ROWS);

        // 2. the same file again with 1% of the rows changed (location and surname)
        byte[] onePercent = file(EmployeeImportBenchmark::changed, i -> true);
        var second = measure("same file, 1% changed", onePercent, false, statistics);
        assertThat(second.preview.plan().problems()).isEmpty();
        assertThat(second.preview.plan().added()).isZero();
        assertThat(second.preview.plan().changed()).isEqualTo(ROWS / 100);
        assertThat(second.preview.plan().unchanged()).isEqualTo(ROWS - ROWS / 100);
        assertThat(second.applied.changed()).isEqualTo(ROWS / 100);
        assertThat(directory.count(new EmployeeFilter(DOMAIN, null, true, "Remote"))).isEqualTo(ROWS / 100);

        // 3. the complete list: everyone active except the last 1,000 benchmark people (none of them a manager)
        var everyone = new StringBuilder(HEADER);
        int others = appendOtherActivePeople(everyone);
        everyone.append(new String(file(EmployeeImportBenchmark::changed, i -> i <= ROWS - LEAVERS), StandardCharsets.UTF_8)
                .substring(HEADER.length()));
        var third = measure("complete list, 1,000 leave", everyone.toString().getBytes(StandardCharsets.UTF_8), true, statistics);
        assertThat(third.preview.plan().problems()).isEmpty();
        assertThat(third.preview.plan().added()).isZero();
        assertThat(third.preview.plan().deactivated()).isEqualTo(LEAVERS);
        // the other people's rows lack their manager and hire date, so they count as changed; benchmark rows do not
        assertThat(third.preview.plan().changed()).isLessThanOrEqualTo(others);
        assertThat(third.applied.deactivated()).isEqualTo(LEAVERS);
        assertThat(directory.count(new EmployeeFilter(DOMAIN, null, true))).isEqualTo(ROWS - LEAVERS);
        assertThat(directory.count(new EmployeeFilter(DOMAIN, null, false))).isEqualTo(LEAVERS);
        long leaversHandled = waitForLeaverHandling();

        print(before, others, leaversHandled);
    }

    record Measured(ImportPreview preview, ImportPlan applied) {
    }

    private Measured measure(String what, byte[] content, boolean completeList, Statistics statistics) {
        System.gc();
        resetPeakHeap();
        statistics.clear();
        long start = System.nanoTime();
        ImportPreview preview = imports.preview(what + ".csv", content, completeList);
        long previewNanos = System.nanoTime() - start;
        long peakDuringPreview = peakHeap();
        long usedAfterPreview = usedHeap();
        String previewSql = sql(statistics);
        System.gc();
        long retainedAfterPreview = usedHeap();

        statistics.clear();
        resetPeakHeap();
        start = System.nanoTime();
        ImportPlan applied = ImportFiles.applyAndWait(imports, preview.importId());
        long applyNanos = System.nanoTime() - start;
        int rows = preview.plan().rowsRead();
        table.add(new String[]{what, "%,d".formatted(rows), "%,.1f".formatted(content.length / 1e6),
                seconds(previewNanos), perSecond(rows, previewNanos), previewSql,
                megabytes(usedAfterPreview), megabytes(retainedAfterPreview), megabytes(peakDuringPreview),
                seconds(applyNanos), perSecond(rows, applyNanos), sql(statistics),
                megabytes(peakHeap()), "%d/%d/%d/%d".formatted(applied.added(), applied.changed(), applied.unchanged(),
                applied.deactivated())});
        return new Measured(preview, applied);
    }

    /** Waits until the listeners of the leavers' events (continuity roles, training) have run; returns how long. */
    private long waitForLeaverHandling() throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            Long open = jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
            if (open != null && open == 0) {
                break;
            }
            Thread.sleep(100);
        }
        return System.nanoTime() - start;
    }

    // --- the files ---------------------------------------------------------------------------------

    static String number(int i) {
        return "B%06d".formatted(i);
    }

    static int manager(int i) {
        return i == 1 ? 0 : (i - 2) / SPAN + 1;
    }

    static int depth(int i) {
        int depth = 1;
        for (int m = manager(i); m != 0; m = manager(m)) {
            depth++;
        }
        return depth;
    }

    static boolean changed(int i) {
        return i % 100 == 37;
    }

    /** Rows 1…100,000, in order (managers before their reports); {@code changed} rows moved and renamed. */
    static byte[] file(IntPredicate changed, IntPredicate included) {
        var csv = new StringBuilder(HEADER.length() + ROWS * 120).append(HEADER);
        for (int i = 1; i <= ROWS; i++) {
            if (!included.test(i)) {
                continue;
            }
            boolean moved = changed.test(i);
            String first = FIRST[i % FIRST.length];
            String last = LAST[(i / FIRST.length) % LAST.length];
            ImportFiles.row(csv, number(i), first, moved ? last + "-Moved" : last,
                    (first + "." + last).toLowerCase(Locale.ROOT).replace("'", "") + "." + i + "@" + DOMAIN,
                    "Bench department " + (i % DEPARTMENTS + 1), i == 1 ? null : number(manager(i)),
                    moved ? "Remote" : LOCATIONS[(i / 7) % LOCATIONS.length], FIRST_HIRE.plusDays((i * 7919L) % 9000), true);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The people already in the directory who are not benchmark people, so the complete list keeps them. */
    private int appendOtherActivePeople(StringBuilder csv) {
        int count = 0;
        List<EmployeeRow> rows;
        int page = 0;
        do {
            rows = directory.search(EmployeeFilter.activeOnly(), PageRequest.of(page++, 1000));
            for (EmployeeRow e : rows) {
                if (!e.email().endsWith("@" + DOMAIN)) {
                    count++;
                    csv.append(e.employeeNumber()).append(',').append(ImportFiles.quote(e.firstName())).append(',').append(ImportFiles.quote(e.lastName()))
                            .append(',').append(e.email()).append(',').append(ImportFiles.quote(e.department() == null ? "None" : e.department()))
                            .append(",,").append(e.location() == null ? "" : ImportFiles.quote(e.location())).append(",,yes\n");
                }
            }
        } while (rows.size() == 1000);
        return count;
    }

    // --- measuring and printing ----------------------------------------------------------------------

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeakHeap() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Statements prepared, and entities loaded / inserted / updated, as Hibernate counts them. */
    private static String sql(Statistics statistics) {
        return "%,d; %,d/%,d/%,d".formatted(statistics.getPrepareStatementCount(), statistics.getEntityLoadCount(),
                statistics.getEntityInsertCount(), statistics.getEntityUpdateCount());
    }

    private static String seconds(long nanos) {
        return "%.1f s".formatted(nanos / 1e9);
    }

    private static String perSecond(int rows, long nanos) {
        return "%,.0f".formatted(rows / (nanos / 1e9));
    }

    private static String megabytes(long bytes) {
        return "%,d MB".formatted(bytes / (1024 * 1024));
    }

    private void print(long before, int others, long leaversNanos) {
        String[] header = {"import", "rows", "file MB", "preview", "rows/s", "SQL; load/ins/upd", "heap after", "after GC", "peak",
                "apply", "rows/s", "SQL; load/ins/upd", "peak", "added/changed/unchanged/deactivated"};
        int[] widths = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            widths[c] = header[c].length();
            for (String[] row : table) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        var out = new StringBuilder("\n=== EmployeeImportBenchmark: HR CSV import, %,d rows ===\n".formatted(ROWS));
        out.append("JVM %s, %d cores, max heap %,d MB; %,d people in the directory before; %,d others in the complete list%n"
                .formatted(Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                        before, others));
        out.append("MariaDB ").append(jdbc.queryForObject("select version()", String.class)).append('\n');
        out.append("preview: parse + validate + plan + store the file; apply: startApply until progress says DONE; SQL = statements prepared (batches count once); load/ins/upd = entities loaded, inserted, updated\n");
        out.append("heap after / after GC / peak: heap used right after the preview, after a full GC, and the peak during it\n");
        appendRow(out, header, widths);
        for (String[] row : table) {
            appendRow(out, row, widths);
        }
        out.append("leavers' follow-up (continuity roles and training, after the commit): %.1f s%n".formatted(leaversNanos / 1e9));
        System.out.println(out);
    }

    private static void appendRow(StringBuilder out, String[] cells, int[] widths) {
        out.append('|');
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            out.append(' ').append(c == 0 || c == cells.length - 1 ? cell + " ".repeat(widths[c] - cell.length())
                    : " ".repeat(widths[c] - cell.length()) + cell).append(" |");
        }
        out.append('\n');
    }
}
