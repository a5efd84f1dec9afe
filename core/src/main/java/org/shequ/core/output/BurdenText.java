package org.shequ.core.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.shequ.core.Messages;
import org.shequ.core.access.Burden;

/** The access burden as a text table ({@code shequ access burden}, and {@code run}'s burden files). */
public final class BurdenText {
    private BurdenText() {
    }

    /** The burden as an aligned table: by community or by department, the tasks, those not allowed, their share, the certificates asked for. */
    public static String of(Burden burden, boolean byCommunity, Messages m) {
        List<String[]> rows = new ArrayList<>();
        rows.add(Stream.of(byCommunity ? "community" : "department", "tasks", "notAllowed", "share", "certificates")
                .map(h -> m.format("burden.column." + h, List.of())).toArray(String[]::new));
        (byCommunity ? burden.byCommunity() : burden.byDepartment()).forEach((k, c) -> rows.add(new String[] {k,
                Long.toString(c.tasks()), Long.toString(c.notAllowed()),
                String.format(Locale.ROOT, "%.1f%%", c.share() * 100), Long.toString(c.certificates())}));
        return Columns.align(rows);
    }
}
