package org.physiokiosk.program;

import org.physiokiosk.content.Dose;
import org.physiokiosk.content.IntRange;

/** A number field of a program item the therapist types into, with its limits and whether a range is allowed. */
public enum DoseField {
    REPS(Dose.REPS, Dose.REPS_LIMIT, true),
    SETS(Dose.SETS, Dose.SETS_LIMIT, false),
    HOLD_SECONDS(Dose.HOLD_SECONDS, Dose.HOLD_LIMIT, true),
    REST_SECONDS(Dose.REST_SECONDS, Dose.REST_LIMIT, false),
    TIMES_PER_DAY(Dose.TIMES_PER_DAY, Dose.TIMES_PER_DAY_LIMIT, true),
    DAYS_PER_WEEK("daysPerWeek", ProgramItem.DAYS_PER_WEEK_LIMIT, false);

    private final String key;
    private final IntRange limit;
    private final boolean allowsRange;

    DoseField(String key, IntRange limit, boolean allowsRange) {
        this.key = key;
        this.limit = limit;
        this.allowsRange = allowsRange;
    }

    /** The field's name in content.Dose (and in the words bundle). */
    public String key() {
        return key;
    }

    public IntRange limit() {
        return limit;
    }

    /** True for fields a source may give as a range ("5–10"). */
    public boolean allowsRange() {
        return allowsRange;
    }
}
