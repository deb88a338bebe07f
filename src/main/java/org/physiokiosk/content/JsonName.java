package org.physiokiosk.content;

import java.util.Arrays;
import java.util.Optional;
import org.physiokiosk.common.KebabCase;

/** The spelling of enum constants in content files: {@code LOWER_BACK} is {@code "lower-back"}. */
public final class JsonName {

    /**
     * The spellings of an enum's constants, in the constants' order, per enum type, built once: loading reads
     * thousands of these. An enum of the content has two to nine constants, and a spelling read from a file is
     * a fresh string: comparing it with each (most differ in length, which {@code equals} looks at first) is
     * cheaper than hashing it for a map.
     */
    private static final ClassValue<Spellings> SPELLINGS = new ClassValue<>() {
        @Override
        protected Spellings computeValue(Class<?> type) {
            Enum<?>[] constants = (Enum<?>[]) type.getEnumConstants();
            return new Spellings(Arrays.stream(constants).map(JsonName::of).toArray(String[]::new), constants);
        }
    };

    private static final class Spellings {
        final String[] names;
        final Enum<?>[] constants;

        Spellings(String[] names, Enum<?>[] constants) {
            this.names = names;
            this.constants = constants;
        }
    }

    private JsonName() {}

    public static String of(Enum<?> constant) {
        return KebabCase.of(constant);
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        return Optional.ofNullable(find(type, name));
    }

    /** The constant spelled {@code name}, or null. */
    static <E extends Enum<E>> E find(Class<E> type, String name) {
        Spellings spellings = SPELLINGS.get(type);
        String[] names = spellings.names;
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return type.cast(spellings.constants[i]);
            }
        }
        return null;
    }

    public static String allOf(Class<? extends Enum<?>> type) {
        return String.join(
                ", ", Arrays.stream(type.getEnumConstants()).map(JsonName::of).toList());
    }
}
