package org.continuityacademy.base.export;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A lazily paged list as one stream: an export reads page after page, never the whole table at once. */
public final class Pages {

    /** Reads a page of at most {@code limit} rows from {@code offset}. */
    @FunctionalInterface
    public interface Page<T> {
        List<T> read(int offset, int limit);
    }

    private Pages() {
    }

    public static <T> Stream<T> stream(Page<T> page, int pageSize) {
        Iterator<T> rows = new Iterator<>() {
            private List<T> current = List.of();
            private int index;
            private int offset;
            private boolean last;

            @Override
            public boolean hasNext() {
                if (index < current.size()) {
                    return true;
                }
                if (last) {
                    return false;
                }
                current = page.read(offset, pageSize);
                offset += current.size();
                index = 0;
                last = current.size() < pageSize;
                return !current.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.get(index++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false);
    }
}
