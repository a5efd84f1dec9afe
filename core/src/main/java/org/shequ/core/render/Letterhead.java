package org.shequ.core.render;

import java.util.Locale;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.shequ.core.Problem;
import org.shequ.core.Vocabulary;
import org.shequ.core.Words;

/**
 * What GB/T 9704-2012 puts around a document's body, read from its front matter: the 版头
 * (发文机关标志, 发文字号, 签发人, the red separator) and the 版记 (抄送, 印发机关 and 印发日期
 * between their lines). The front matter's {@code kind} says which format the document takes:
 * <ul>
 * <li>文件 or 通知 — issued downward or across: the flag "OFFICE文件" in red, the number centred
 * under it, a red line; a 版记 with 抄送 (when there is one), 印发机关 and 印发日期;</li>
 * <li>报告 or 请示 — sent upward: as 文件, with the number on the left and 签发人 on the right
 * (the fact {@code signer} is then required);</li>
 * <li>函 — the letter format (GB/T 9704 10.1): the office's name as the flag over a double red
 * line (thick over thin), the number to the right, a double red line (thin over thick) at the
 * foot of the first page, which shows no page number; the 版记 holds 抄送 only;</li>
 * <li>汇报 — a report read at a meeting, the default: neither 版头 nor 版记; a number, if any, centred
 * over the title and 抄送 after the signature.</li>
 * </ul>
 * The flag is the fact {@code flag} when given, else built from {@code office}; 印发机关 is
 * {@code issuer}, else the office; 印发日期 is {@code printed}, else the document's date.
 */
record Letterhead(Kind kind, String flag, String number, String signer, String cc, String issuer, String printed) {
    // the kinds a document's front matter may name ({@code kind: 通知})
    /** a document kind of the front matter: 文件 */
    private static final String FILE_WORD = Vocabulary.word("Letterhead.FILE_WORD");
    /** a document kind of the front matter: 通知 */
    private static final String NOTICE_WORD = Vocabulary.word("Letterhead.NOTICE_WORD");
    /** a document kind of the front matter: 报告 */
    private static final String REPORT_WORD = Vocabulary.word("Letterhead.REPORT_WORD");
    /** a document kind of the front matter: 请示 */
    private static final String REQUEST_WORD = Vocabulary.word("Letterhead.REQUEST_WORD");
    /** a document kind of the front matter: 函 */
    private static final String LETTER_WORD = Vocabulary.word("Letterhead.LETTER_WORD");
    /** a document kind of the front matter: 汇报, the default */
    private static final String BRIEFING_WORD = Vocabulary.word("Letterhead.BRIEFING_WORD");
    /** the Chinese document kinds the front matter may name, listed in the message of an unknown one */
    private static final String KIND_WORDS = Vocabulary.word("Letterhead.KIND_WORDS");
    /** the full stop a clerk may end the 抄送 list with */
    private static final String FULL_STOP = Vocabulary.word("Letterhead.FULL_STOP");

    /** The formats, by how their 版头 and 版记 differ. */
    enum Kind {
        FILE, REPORT, LETTER, BRIEFING;

        /** The kinds by the words that name them, Chinese and English. */
        private static final Map<String, Kind> NAMED = new HashMap<>();

        static {
            for (String w : List.of(FILE_WORD, NOTICE_WORD, "file", "notice")) {
                NAMED.put(w, FILE);
            }
            for (String w : List.of(REPORT_WORD, REQUEST_WORD, "report")) {
                NAMED.put(w, REPORT);
            }
            NAMED.put(LETTER_WORD, LETTER);
            NAMED.put("letter", LETTER);
            NAMED.put(BRIEFING_WORD, BRIEFING);
            NAMED.put("briefing", BRIEFING);
        }

        static Kind of(String word, String document) {
            String key = word == null ? BRIEFING_WORD : word.strip().toLowerCase(Locale.ROOT);
            Kind kind = NAMED.get(key);
            if (kind == null) {
                throw new Problem("render.kind", document, word, KIND_WORDS);
            }
            return kind;
        }
    }

    static Letterhead of(MarkdownDocument md) {
        Kind kind = Kind.of(md.front("kind"), md.name());
        String office = md.front("office");
        String flag = md.front("flag");
        if (flag == null && kind != Kind.BRIEFING) {
            if (office == null) {
                throw new Problem("render.kindNeeds", md.name(), md.front("kind"), "office");
            }
            flag = kind == Kind.LETTER ? office : Words.format("render.letterhead.flag", office);
        }
        if (kind == Kind.REPORT && md.front("signer") == null) {
            throw new Problem("render.kindNeeds", md.name(), md.front("kind"), "signer");
        }
        String issuer = md.front("issuer") != null ? md.front("issuer") : office;
        String printed = md.front("printed") != null ? md.front("printed") : md.front("date");
        return new Letterhead(kind, flag, md.front("number"), md.front("signer"), md.front("cc"), issuer,
                printed == null ? null : Dates.chinese(printed, md.name()));
    }

    /** Whether the document opens with a 发文机关标志 and its red line. */
    boolean headed() {
        return kind != Kind.BRIEFING;
    }

    /** Whether the document ends with a 版记: 文件 and 报告 always (印发机关 and 日期), 函 when it has 抄送. */
    boolean recorded() {
        return kind == Kind.FILE || kind == Kind.REPORT || kind == Kind.LETTER && cc != null;
    }

    /** Whether the 版记 has the line of 印发机关 and 印发日期 (a letter's has not). */
    boolean printLine() {
        return (kind == Kind.FILE || kind == Kind.REPORT) && (issuer != null || printed != null);
    }

    /** "抄送：甲，乙。" with the full stop GB/T 9704 7.4.2 puts after the last 抄送机关. */
    String copies() {
        return Words.format(cc.endsWith(FULL_STOP) ? "render.letterhead.cc" : "render.letterhead.cc.stop", cc);
    }

    /** "2024年2月1日印发", or null. */
    String printedOn() {
        return printed == null ? null : Words.format("render.letterhead.printed", printed);
    }
}
