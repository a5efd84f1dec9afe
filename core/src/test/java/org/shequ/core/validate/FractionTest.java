package org.shequ.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.Messages;
import org.shequ.core.io.SourceFile;

/** A percentage written as a fraction: the warning says what was read and what was probably meant, digit for digit. */
class FractionTest {
    @TempDir
    Path dir;

    @Test
    void theWarningNamesTheValueAndThePercentageMeant() throws Exception {
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, "统一代码,社区名称,年度,户数（户）,综合服务设施面积（平方米）,群众满意度\n"
                + "610324001001,飞凤社区居委会,2023,100,300,0.9555\n"
                + "610324001004,胜利机械厂社区居委会,2023,100,300,1\n");
        Report report = Validation.run(List.of(SourceFile.of(csv, "in.csv")), Settings.defaults());
        Messages en = Messages.of(Locale.ENGLISH);
        Messages zh = Messages.of(Locale.SIMPLIFIED_CHINESE);
        List<Finding> fractions = report.findings().stream().filter(f -> f.messageKey().equals("DATA-OUTLIER.fraction")).toList();
        assertEquals(2, fractions.size(), fractions.toString());
        assertEquals("satisfaction is 0.9555 %, which reads as a fraction: if 95.55 % is meant, write 95.55 or 95.55%",
                en.format(fractions.get(0).messageKey(), fractions.get(0).args()));
        assertEquals("群众满意度为 1%，像是写成了小数：如果是 100%，请填 100 或 100%",
                zh.format(fractions.get(1).messageKey(), fractions.get(1).args()));
    }
}
