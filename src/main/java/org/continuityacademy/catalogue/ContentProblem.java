package org.continuityacademy.catalogue;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * Something wrong in a content file: which file (relative to the content folder), the line when
 * known, and what is wrong, in words an author can act on. The words are a text of the catalogue's bundle
 * ({@code content.problem.*}) with its arguments, put into the reader's language when they are shown: a load
 * keeps the key and the arguments ({@link ContentProblems}), not English sentences.
 */
public record ContentProblem(String file, @Nullable Integer line, Phrase what) {

    ContentProblem(String file, @Nullable Integer line, String key, @Nullable Object... args) {
        this(file, line, new Phrase(key, args));
    }

    /** "modules/x/module.md:12", or the file alone when the line is not known. */
    public String where() {
        return file + (line == null ? "" : ":" + line);
    }

    /** For logs and debugging: the key and arguments, not the words. */
    @Override
    public String toString() {
        return where() + ": " + what;
    }

    /**
     * A text of the bundles and its arguments (strings, whole numbers, or phrases themselves, such as
     * "question 'q1'"). Any Spring {@code MessageSource} puts it into words, nested phrases included.
     */
    public record Phrase(String key, List<Object> args) implements MessageSourceResolvable {

        public Phrase {
            args = List.copyOf(args);
        }

        Phrase(String key, @Nullable Object... args) {
            this(key, Arrays.stream(args == null ? new Object[0] : args).map(a -> a == null ? "" : a).toList());
        }

        @Override
        public String[] getCodes() {
            return new String[] {key};
        }

        @Override
        public Object[] getArguments() {
            return args.toArray();
        }

        @Override
        public String toString() {
            return key + args;
        }
    }
}
