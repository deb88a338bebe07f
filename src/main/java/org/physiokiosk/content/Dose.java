package org.physiokiosk.content;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How much of an exercise to do. {@link #defaults()} names the fields whose values are our conservative
 * defaults rather than the source's, so that no screen or handout presents them as the source's advice.
 */
public record Dose(
        IntRange reps,
        int sets,
        IntRange holdSeconds,
        int restSeconds,
        Side side,
        IntRange timesPerDay,
        Set<String> defaults) {

    public static final String REPS = "reps";
    public static final String SETS = "sets";
    public static final String HOLD_SECONDS = "holdSeconds";
    public static final String REST_SECONDS = "restSeconds";
    public static final String SIDE = "side";
    public static final String TIMES_PER_DAY = "timesPerDay";
    public static final List<String> FIELDS = List.of(REPS, SETS, HOLD_SECONDS, REST_SECONDS, SIDE, TIMES_PER_DAY);

    /** The ranges a dose must stay within; one place, used by the content files and the program builder alike. */
    public static final IntRange REPS_LIMIT = new IntRange(1, 100);

    public static final IntRange SETS_LIMIT = new IntRange(1, 20);
    public static final IntRange HOLD_LIMIT = new IntRange(0, 600);
    public static final IntRange REST_LIMIT = new IntRange(0, 600);
    public static final IntRange TIMES_PER_DAY_LIMIT = new IntRange(1, 12);

    public Dose {
        defaults = Set.copyOf(defaults);
        requireWithin(REPS, reps.min(), REPS_LIMIT);
        requireWithin(REPS, reps.max(), REPS_LIMIT);
        requireWithin(SETS, sets, SETS_LIMIT);
        requireWithin(HOLD_SECONDS, holdSeconds.min(), HOLD_LIMIT);
        requireWithin(HOLD_SECONDS, holdSeconds.max(), HOLD_LIMIT);
        requireWithin(REST_SECONDS, restSeconds, REST_LIMIT);
        requireWithin(TIMES_PER_DAY, timesPerDay.min(), TIMES_PER_DAY_LIMIT);
        requireWithin(TIMES_PER_DAY, timesPerDay.max(), TIMES_PER_DAY_LIMIT);
        if (!FIELDS.containsAll(defaults)) {
            throw new IllegalArgumentException("unknown dose field in defaults: " + defaults);
        }
    }

    private static void requireWithin(String field, int value, IntRange limit) {
        if (value < limit.min() || value > limit.max()) {
            throw new IllegalArgumentException(field + " " + value + " is outside " + limit.min() + "–" + limit.max());
        }
    }

    public Dose withReps(IntRange newReps) {
        return new Dose(newReps, sets, holdSeconds, restSeconds, side, timesPerDay, defaults);
    }

    public Dose withSets(int newSets) {
        return new Dose(reps, newSets, holdSeconds, restSeconds, side, timesPerDay, defaults);
    }

    public Dose withHoldSeconds(IntRange newHoldSeconds) {
        return new Dose(reps, sets, newHoldSeconds, restSeconds, side, timesPerDay, defaults);
    }

    public Dose withRestSeconds(int newRestSeconds) {
        return new Dose(reps, sets, holdSeconds, newRestSeconds, side, timesPerDay, defaults);
    }

    public Dose withSide(Side newSide) {
        return new Dose(reps, sets, holdSeconds, restSeconds, newSide, timesPerDay, defaults);
    }

    public Dose withTimesPerDay(IntRange newTimesPerDay) {
        return new Dose(reps, sets, holdSeconds, restSeconds, side, newTimesPerDay, defaults);
    }

    /** The same dose with {@code field} no longer marked as our default: someone chose its value. */
    public Dose chosen(String field) {
        if (!defaults.contains(field)) {
            return this;
        }
        Set<String> stillDefault = new HashSet<>(defaults);
        stillDefault.remove(field);
        return new Dose(reps, sets, holdSeconds, restSeconds, side, timesPerDay, stillDefault);
    }

    /** True when {@code field} carries our default rather than a value from the source. */
    public boolean isDefault(String field) {
        return defaults.contains(field);
    }
}
