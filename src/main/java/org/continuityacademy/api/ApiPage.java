package org.continuityacademy.api;

import java.util.List;

/** One page of a list: the items, and where the page is in the whole. */
record ApiPage<T>(List<T> items, PageInfo page) {

    /**
     * @param number        the page, from 0
     * @param size          the page size used (the one asked for, cut to 500)
     * @param totalElements items in the whole list
     * @param totalPages    pages of this size in the whole list
     */
    record PageInfo(int number, int size, long totalElements, long totalPages) {
    }
}
