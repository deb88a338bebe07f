package org.physiokiosk.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The spelling of enum constants in content files: {@code LOWER_BACK} is {@code "lower-back"}. */
public final class JsonName {

    private JsonName() {
    }

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> of(e).equals(name)).findFirst();
    }

    public static String allOf(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(JsonName::of).toList());
    }
}
