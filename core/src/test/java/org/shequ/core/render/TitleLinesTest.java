package org.shequ.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles set as a secretary sets them: balanced lines, none of one or two characters, no number or mark torn. */
class TitleLinesTest {
    /** The width of a 2号 title's line on A4 under GB/T 9704's margins, in ems. */
    private static final double LINE = DocxWriter.TEXT_WIDTH / (DocxWriter.TITLE_SIZE * 20.0);

    @Test
    void theNoticesTitleBreaksInTwoEvenLinesAtAPhrase() {
        List<String> lines = TitleLines.of("关于印发2024年全县社区建设工作要点的通知", LINE);
        assertEquals(List.of("关于印发2024年全县", "社区建设工作要点的通知"), lines, "not …的通 / 知");
    }

    @Test
    void aTitleThatFitsStaysOnOneLine() {
        assertEquals(List.of("关于扶风县2023年社区治理工作情况的汇报"), TitleLines.of("关于扶风县2023年社区治理工作情况的汇报", LINE));
        assertEquals(List.of("短"), TitleLines.of("短", LINE));
    }

    @Test
    void noLineIsShortNoNumberOrMarkIsTorn() {
        for (String title : List.of("关于印发2024年全县社区建设工作要点的通知", "对县政协十届三次会议第018号提案关于加强城乡社区综合服务设施建设的答复",
                "关于转发《陕西省城乡社区综合服务设施建设管理办法（试行）》的通知", "扶风县民政局关于2023年度全县城乡社区工作者培训情况及2024年培训计划的报告",
                "关于进一步加强和改进新时代城乡社区治理工作推动基层治理体系和治理能力现代化若干措施的实施意见")) {
            List<String> lines = TitleLines.of(title, LINE);
            assertEquals(title, String.join("", lines));
            assertTrue(lines.size() >= 2, title);
            double widest = 0;
            double narrowest = Double.MAX_VALUE;
            for (String line : lines) {
                assertTrue(line.length() >= 3, "no line of one or two characters: " + lines);
                assertTrue(TitleLines.ems(line) <= LINE, "each line fits: " + lines);
                assertTrue("，。、）》”".indexOf(line.charAt(0)) < 0, "no line starts with a closing mark: " + lines);
                assertTrue("（《“".indexOf(line.charAt(line.length() - 1)) < 0, "no line ends with an opening mark: " + lines);
                widest = Math.max(widest, TitleLines.ems(line));
                narrowest = Math.min(narrowest, TitleLines.ems(line));
            }
            assertTrue(widest - narrowest <= 4, "balanced within four characters: " + lines);
            for (int i = 1; i < lines.size(); i++) {
                char before = lines.get(i - 1).charAt(lines.get(i - 1).length() - 1);
                char after = lines.get(i).charAt(0);
                assertTrue(!(Character.isDigit(before) && Character.isDigit(after)), "a number is never torn: " + lines);
            }
        }
    }

    /** A table's header in a narrow column: never "（平方 / 米）", never "达标 / 率". */
    @Test
    void aHeaderBreaksOutsideItsBracketsAndLeavesNoShortLine() {
        List<String> lines = TitleLines.of("每百户综合服务设施面积（平方米）", 9);
        assertEquals("每百户综合服务设施面积（平方米）", String.join("", lines));
        assertTrue(lines.stream().allMatch(l -> l.chars().filter(c -> c == '（').count() == l.chars().filter(c -> c == '）').count()), "brackets whole: " + lines);
        assertEquals(List.of("每百户面积", "达标率"), TitleLines.of("每百户面积达标率", 6));
    }

    /** A character beyond the BMP (a rare place name's) is never cut in two. */
    @Test
    void aSupplementaryCharacterStaysWhole() {
        String title = "关于" + "\uD840\uDC00".repeat(12) + "社区建设工作情况的报告";
        List<String> lines = TitleLines.of(title, 10);
        assertEquals(title, String.join("", lines));
        for (String line : lines) {
            assertTrue(!Character.isHighSurrogate(line.charAt(line.length() - 1)) && !Character.isLowSurrogate(line.charAt(0)), lines.toString());
        }
    }
}
