package org.physiokiosk.content;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.physiokiosk.common.KebabCase;

/** The spelling of enum constants in content files: {@code LOWER_BACK} is {@code "lower-back"}. */
public final class JsonName {

    /** Spelling to constant, per enum type, built once: loading reads thousands of these. */
    private static final ClassValue<Map<String, Enum<?>>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            return Arrays.stream((Enum<?>[]) type.getEnumConstants())
                    .collect(Collectors.toUnmodifiableMap(JsonName::of, e -> e));
        }
    };

    private JsonName() {}

    public static String of(Enum<?> constant) {
        return KebabCase.of(constant);
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        return Optional.ofNullable(type.cast(BY_NAME.get(type).get(name)));
    }

    public static String allOf(Class<? extends Enum<?>> type) {
        return String.join(
                ", ", Arrays.stream(type.getEnumConstants()).map(JsonName::of).toList());
    }
}
