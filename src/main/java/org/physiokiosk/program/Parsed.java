package org.physiokiosk.program;

import java.util.NoSuchElementException;
import java.util.Optional;

/** What a typed field became: a value, or a message for the therapist saying what to change. */
public record Parsed<T>(Optional<T> result, Optional<String> problem) {

    public Parsed {
        if (result.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException("a parsed field has either a value or a problem");
        }
    }

    public static <T> Parsed<T> value(T value) {
        return new Parsed<>(Optional.of(value), Optional.empty());
    }

    public static <T> Parsed<T> problem(String message) {
        return new Parsed<>(Optional.empty(), Optional.of(message));
    }

    public boolean isValid() {
        return result.isPresent();
    }

    /** The value; only call when {@link #isValid()}. */
    public T value() {
        return result.orElseThrow(() -> new NoSuchElementException(problem.orElseThrow()));
    }
}
