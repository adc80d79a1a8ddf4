package org.continuityacademy.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.continuityacademy.directory.EmployeeImports;
import org.continuityacademy.directory.ImportPlan;
import org.continuityacademy.directory.ImportProgress;
import org.jspecify.annotations.Nullable;

/** The HR import's CSV rows and its background apply, shared by {@link EmployeeImportBenchmark} and {@link ScaleBenchmark}. */
final class ImportFiles {

    static final String HEADER = "Employee number,First name,Last name,E-mail,Department,Manager number,Location,Hire date,Active\n";

    private ImportFiles() {
    }

    /** Appends one person's row; a field with a comma, a quote or a line break is quoted. */
    static StringBuilder row(StringBuilder csv, String number, String first, String last, String email, @Nullable String department,
                             @Nullable String managerNumber, @Nullable String location, @Nullable Object hireDate, boolean active) {
        return csv.append(field(number)).append(',').append(field(first)).append(',').append(field(last)).append(',')
                .append(field(email)).append(',').append(field(department)).append(',').append(field(managerNumber)).append(',')
                .append(field(location)).append(',').append(hireDate == null ? "" : hireDate).append(',').append(active ? "yes" : "no")
                .append('\n');
    }

    static String field(@Nullable String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? quote(s) : s;
    }

    static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** Starts the background apply of a previewed file (as the signed-in person) and waits until it is DONE. */
    static ImportPlan applyAndWait(EmployeeImports imports, long importId) {
        imports.startApply(importId);
        ImportProgress progress;
        while (!(progress = imports.progress(importId).orElseThrow()).finished()) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(progress.state()).as(String.valueOf(progress.message())).isEqualTo("DONE");
        ImportPlan applied = progress.plan();
        assertThat(applied).isNotNull();
        return applied;
    }
}
