package org.shequ.core.feedback;

/**
 * What one feedback workbook holds in memory until it is written: comments and links are kept by
 * POI to the end, and the findings list keeps its first rows of each severity. A file sent back
 * whole gets {@link #WHOLE}; each province's part of a large file gets {@link #PART}, so thirty
 * workbooks open at once fit in the memory one did: no comments (each marked row says its problems
 * in a last column, 问题说明, instead), fewer links.
 */
record Budget(int comments, int links, int listInMemory) {
    static final Budget WHOLE = new Budget(5_000, 5_000, 4_000);
    static final Budget PART = new Budget(0, 300, 300);
}
