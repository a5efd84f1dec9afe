package org.shequ.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.shequ.core.Vocabulary;
import org.shequ.core.Words;

/**
 * Which sheets of a workbook are read, the same for XLSX and XLS. Sheets named by the user are
 * read in the order named, hidden or not; a name the workbook lacks is a DATA-PARSE problem.
 * Otherwise every visible sheet whose top rows hold a recognisable header is read, in workbook
 * order (one sheet per township is the common layout); hidden sheets (drop-down lists, working
 * copies) and sheets without a header are skipped, and each skip is reported, never silent. When
 * no sheet qualifies, the first visible one is read anyway, so that its missing header is found.
 */
public final class SheetChoice {

    /** Why a sheet was not read. */
    public enum Skip { HIDDEN, VERY_HIDDEN, NO_HEADER, INSTRUCTIONS, REFERENCE }

    /**
     * Sheet names that say the sheet is instructions, which may hold an example row under a real
     * header (填报说明, 示例). A summary is told by its rows, not its name: a county's data sheet is
     * often called 汇总表 (see TableBinder).
     */
    private static final Pattern INSTRUCTIONS = Pattern.compile(
            Vocabulary.word("SheetChoice.INSTRUCTIONS"));

    /** Sheet names that say the sheet holds data for reference only: last period's values beside a form (shequ forms). */
    private static final Pattern REFERENCE = Pattern.compile(Vocabulary.word("SheetChoice.REFERENCE"));

    /** Why a sheet's name says it is no data, or null. */
    static Skip byName(String name) {
        String n = name.strip();
        return INSTRUCTIONS.matcher(n).matches() ? Skip.INSTRUCTIONS : REFERENCE.matcher(n).matches() ? Skip.REFERENCE : null;
    }

    /** A sheet as the workbook lists it. */
    record Sheet(String name, Skip hidden) {
        static Sheet visible(String name) {
            return new Sheet(name, null);
        }
    }

    private SheetChoice() {
    }

    /**
     * The indices of the sheets to read, in reading order. Skips and unknown names are reported
     * to {@code handler} as they are decided; {@code hasHeader} is asked only of visible sheets
     * when the user named none.
     */
    static List<Integer> choose(List<Sheet> sheets, List<String> asked, IntPredicate hasHeader, TableHandler handler) {
        List<String> names = sheets.stream().map(Sheet::name).toList();
        List<Integer> read = new ArrayList<>();
        if (!asked.isEmpty()) {
            for (String name : asked) {
                int i = indexOf(names, name);
                if (i < 0) {
                    handler.begin(null, Shape.SHEET);
                    handler.problem(ReadProblem.of(0, "DATA-PARSE.noSuchSheet", name, String.join(Words.get("read.sheets.separator"), names)));
                    handler.end();
                } else if (!read.contains(i)) {
                    read.add(i);
                }
            }
            return read;
        }
        List<Integer> noHeader = new ArrayList<>();
        Map<Integer, Skip> notData = new LinkedHashMap<>();
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).hidden() == null) {
                Skip named = byName(sheets.get(i).name());
                if (named != null) {
                    notData.put(i, named); // --sheet still reads it, on purpose
                } else {
                    (hasHeader.test(i) ? read : noHeader).add(i);
                }
            }
        }
        if (read.isEmpty() && !sheets.isEmpty() && (!noHeader.isEmpty() || notData.isEmpty())) {
            // no sheet qualifies: the first visible one is read, so that its missing header is reported
            int first = noHeader.isEmpty() ? 0 : noHeader.remove(0);
            read.add(first);
        }
        for (int i = 0; i < sheets.size(); i++) {
            Sheet s = sheets.get(i);
            if (s.hidden() != null && !read.contains(i)) {
                handler.skipped(s.name(), s.hidden());
            } else if (noHeader.contains(i)) {
                handler.skipped(s.name(), Skip.NO_HEADER);
            } else if (notData.containsKey(i) && !read.contains(i)) {
                handler.skipped(s.name(), notData.get(i));
            }
        }
        return read;
    }

    /** The sheet of that name: exactly as written, else ignoring surrounding spaces. */
    private static int indexOf(List<String> names, String name) {
        int i = names.indexOf(name);
        if (i >= 0) {
            return i;
        }
        for (int j = 0; j < names.size(); j++) {
            if (names.get(j).strip().equals(name.strip())) {
                return j;
            }
        }
        return -1;
    }
}
