package org.physiokiosk.ui.builder;

import java.util.Optional;

/** What a typed value turned out to be: a value the program may take, or a problem to show beside the field. */
record FieldCheck<T>(Optional<T> value, String problem) {

    static <T> FieldCheck<T> ok(T value) {
        return new FieldCheck<>(Optional.of(value), "");
    }

    static <T> FieldCheck<T> problem(String problem) {
        return new FieldCheck<>(Optional.empty(), problem);
    }

    boolean isValid() {
        return value.isPresent();
    }
}
