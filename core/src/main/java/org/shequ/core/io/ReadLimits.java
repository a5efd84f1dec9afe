package org.shequ.core.io;

/**
 * Limits that protect a run from oversized or hostile input. Input beyond them is refused with
 * a DATA-PARSE finding, never silently truncated.
 *
 * @param maxCellChars  longest cell text (Excel's own limit is 32,767 characters)
 * @param maxYamlBytes  largest YAML file (YAML is read for small hand-written files)
 * @param maxYamlDepth  deepest nesting of YAML mappings and lists
 * @param headerScanRows how many rows at the top of a sheet are searched for the header
 */
public record ReadLimits(int maxCellChars, long maxYamlBytes, int maxYamlDepth, int headerScanRows) {

    public static final ReadLimits DEFAULT = new ReadLimits(32_767, 64L * 1024 * 1024, 16, 20);
}
