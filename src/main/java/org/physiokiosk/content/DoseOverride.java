package org.physiokiosk.content;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of a dose that a program changes; empty fields keep the exercise's value. A field a program
 * sets is the therapist's choice, so it is no longer marked as our default.
 */
public record DoseOverride(
        Optional<IntRange> reps,
        Optional<Integer> sets,
        Optional<IntRange> holdSeconds,
        Optional<Integer> restSeconds,
        Optional<Side> side,
        Optional<IntRange> timesPerDay) {

    public static final DoseOverride NONE = new DoseOverride(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Dose applyTo(Dose base) {
        Set<String> defaults = new HashSet<>(base.defaults());
        reps.ifPresent(v -> defaults.remove(Dose.REPS));
        sets.ifPresent(v -> defaults.remove(Dose.SETS));
        holdSeconds.ifPresent(v -> defaults.remove(Dose.HOLD_SECONDS));
        restSeconds.ifPresent(v -> defaults.remove(Dose.REST_SECONDS));
        side.ifPresent(v -> defaults.remove(Dose.SIDE));
        timesPerDay.ifPresent(v -> defaults.remove(Dose.TIMES_PER_DAY));
        return new Dose(
                reps.orElse(base.reps()),
                sets.orElse(base.sets()),
                holdSeconds.orElse(base.holdSeconds()),
                restSeconds.orElse(base.restSeconds()),
                side.orElse(base.side()),
                timesPerDay.orElse(base.timesPerDay()),
                defaults);
    }
}
