package org.shequ.cli.output;

import org.shequ.core.validate.Summary;

/** The one-line summary of a run, as the text format and stderr print it. */
public final class Summaries {
    private Summaries() {
    }

    public static String line(Summary s, boolean zh) {
        return zh
                ? s.files() + " 个文件，" + s.records() + " 条记录：错误 " + s.error() + "，警告 " + s.warning() + "，提示 " + s.info()
                : s.files() + " files, " + s.records() + " records: " + s.error() + " errors, " + s.warning()
                  + " warnings, " + s.info() + " info";
    }
}
