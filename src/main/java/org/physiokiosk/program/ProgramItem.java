package org.physiokiosk.program;

import org.physiokiosk.content.Dose;
import org.physiokiosk.content.IntRange;

/**
 * One exercise of a program, with the dose the therapist set (it starts as the exercise's own dose, so a
 * range stays a range until the therapist picks) and a free-text note for the patient.
 */
public record ProgramItem(String exercise, Dose dose, int daysPerWeek, String note) {

    public static final IntRange DAYS_PER_WEEK_LIMIT = new IntRange(1, 7);

    public ProgramItem {
        if (exercise == null || exercise.isBlank()) {
            throw new IllegalArgumentException("a program item needs an exercise id");
        }
        if (daysPerWeek < DAYS_PER_WEEK_LIMIT.min() || daysPerWeek > DAYS_PER_WEEK_LIMIT.max()) {
            throw new IllegalArgumentException("daysPerWeek " + daysPerWeek + " is outside 1–7");
        }
        note = note == null ? "" : note.strip();
    }
}
