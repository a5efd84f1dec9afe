package org.shequ.core.output;

import java.util.List;
import java.util.Locale;
import org.shequ.core.Messages;
import org.shequ.core.validate.Summary;

/** The one-line summary of a run, as the text format and stderr print it. */
public final class Summaries {
    private Summaries() {
    }

    public static String line(Summary s, boolean zh) {
        String line = zh
                ? s.files() + " 个文件，" + s.records() + " 条记录：错误 " + s.error() + "，警告 " + s.warning() + "，提示 " + s.info()
                : Messages.count(s.files(), "file", "files") + ", " + Messages.count(s.records(), "record", "records") + ": "
                  + Messages.count(s.error(), "error", "errors") + ", " + Messages.count(s.warning(), "warning", "warnings") + ", " + s.info() + " info";
        if (s.suppressed() > 0) {
            line += Messages.of(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH).format("findings.suppressed", List.of(s.suppressed()));
        }
        return line;
    }
}
