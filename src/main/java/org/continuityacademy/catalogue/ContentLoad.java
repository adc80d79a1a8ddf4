package org.continuityacademy.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One load of the content folder and what it found (the problems as keys and arguments: {@link ContentProblems}). */
@Entity
@Table(name = "content_load")
class ContentLoad {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_load_seq")
    @SequenceGenerator(name = "content_load_seq", sequenceName = "content_load_seq", allocationSize = 50)
    private @Nullable Long id;

    private Instant loadedAt;
    private String loadedBy;
    private String source;
    private int modulesAdded;
    private int minorChanges;
    private int majorChanges;
    private int removed;
    private int problemCount;
    private String problems;

    protected ContentLoad() {
        this(Instant.EPOCH, "", "", 0, 0, 0, 0, List.of());
    }

    ContentLoad(Instant loadedAt, String loadedBy, String source, int added, int minor, int major, int removed,
                List<ContentProblem> problems) {
        this.loadedAt = loadedAt;
        this.loadedBy = loadedBy;
        this.source = source.length() > 500 ? source.substring(0, 500) : source;
        this.modulesAdded = added;
        this.minorChanges = minor;
        this.majorChanges = major;
        this.removed = removed;
        this.problemCount = problems.size();
        this.problems = ContentProblems.toJson(problems);
    }

    List<ContentProblem> problems() {
        return ContentProblems.fromJson(problems);
    }

    /** The report, each problem put into words by {@code words} ("file:line: what is wrong"). */
    LoadReport report(Function<ContentProblem, String> words) {
        return new LoadReport(loadedAt, loadedBy, source, modulesAdded, minorChanges, majorChanges, removed,
                problems().stream().map(words).toList());
    }
}
