package org.shequ.core.aggregate;

import org.apache.commons.jexl3.JexlScript;

/**
 * A derived indicator: a condition counted over units ({@code per: unit}) or an expression over
 * a level's metrics ({@code per: level}), with its Chinese and English names and unit.
 */
public record Indicator(String key, boolean perUnit, String zh, String en, String unit, JexlScript script) {
}
