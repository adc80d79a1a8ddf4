package org.continuityacademy.api;

/**
 * The {@code page} (from 0) and {@code size} of a list request. A size above {@link #MAX_SIZE} is cut to
 * it rather than refused, so a client asking for "everything" still gets pages it can follow. A page that begins beyond
 * the 2,147,483,647th row (what the database queries count in) is refused as a bad parameter; one beyond the last row
 * is simply empty.
 */
record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    static Paging of(int page, int size) {
        if (page < 0) {
            throw new InvalidParameter("page", "Parameter 'page' must be 0 or more (pages are counted from 0); got " + page + ".");
        }
        if (size < 1) {
            throw new InvalidParameter("size", "Parameter 'size' must be at least 1 (at most " + MAX_SIZE + " are returned); got "
                    + size + ".");
        }
        int cut = Math.min(size, MAX_SIZE);
        long last = Integer.MAX_VALUE / cut;
        if (page > last) {
            throw new InvalidParameter("page", "Parameter 'page' must be at most " + last + " with " + cut
                    + " items a page; got " + page + ".");
        }
        return new Paging(page, cut);
    }

    long offset() {
        return (long) page * size;
    }

    /** For services counting rows in an int (every offset {@link #of} accepts fits). */
    int intOffset() {
        return Math.toIntExact(offset());
    }

    <T> ApiPage<T> page(java.util.List<T> items, long total) {
        return new ApiPage<>(items, new ApiPage.PageInfo(page, size, total, (total + size - 1) / size));
    }
}
