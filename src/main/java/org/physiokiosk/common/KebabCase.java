package org.physiokiosk.common;

import java.util.Locale;

/** How enum constants are spelled in files and ids: {@code LOWER_BACK} is {@code "lower-back"}. */
public final class KebabCase {

    private KebabCase() {}

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
