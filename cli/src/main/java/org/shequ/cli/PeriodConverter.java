package org.shequ.cli;

import org.shequ.core.Words;
import org.shequ.core.schema.Period;
import picocli.CommandLine;

/** {@code --period 2023}, {@code 2023Q1}, {@code 2023H1}, {@code 2023-03}, or as a clerk writes it (2023年第一季度). */
final class PeriodConverter implements CommandLine.ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
        return Period.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                Words.get("option.period")));
    }
}
