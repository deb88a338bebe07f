package org.physiokiosk.player;

/** What the player is doing now. */
public enum Phase {
    /** Before an exercise of a program other than the first: its name and start position, so the patient can change position. */
    NEXT_EXERCISE,
    /**
     * Before an exercise whose cautions the patient has not read yet: its name, picture and cautions, and no
     * countdown. It waits for the patient: {@link PlayerSession#begin(long)} or {@link PlayerSession#skipExercise(long)}.
     */
    CAUTIONS,
    /** The 3-2-1 before an exercise starts. */
    GET_READY,
    /** The figure moves into a step's pose over the step's seconds. */
    MOVE,
    /** The figure stays in the step's pose; a countdown runs. */
    HOLD,
    /** Rest between two sets. */
    REST,
    /** All repetitions on one side are done; the other side comes next. */
    SWITCH_SIDE,
    /** The end: completed, or stopped by the patient (see {@link PlayerState#stopped()}). */
    DONE
}
