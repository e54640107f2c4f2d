package dev.custodian.web;

/** The 1-based page a list was asked for, kept where its offset still fits in an int. */
public final class PageNumber {

    private PageNumber() {}

    /**
     * {@code page} from the query (missing or below 1: the first), at most the last page an offset
     * can reach.
     */
    public static int of(Integer page, int pageSize) {
        int last = Integer.MAX_VALUE / pageSize;
        return page == null || page < 1 ? 1 : Math.min(page, last);
    }
}
