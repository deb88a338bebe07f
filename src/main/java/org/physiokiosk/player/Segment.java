package org.physiokiosk.player;

/**
 * One stretch of the script with a fixed length. A "unit" is what next and previous jump between: a step
 * (its movement and its hold together) or a whole phase such as a rest.
 *
 * @param stepIndex         index into the exercise's steps, -1 outside a step
 * @param rep               1-based repetition, 0 outside a repetition (setup steps, countdowns, rests)
 * @param motionOffsetNanos how far into the step's motion this segment starts (the movement's length for a hold)
 */
record Segment(
        Phase phase,
        long nanos,
        int exerciseIndex,
        int stepIndex,
        int rep,
        int reps,
        int set,
        int sets,
        PlayedSide side,
        StepMotion motion,
        long motionOffsetNanos,
        boolean unitStart) {

    /** A unit the previous button may go back to: countdowns before an exercise are not worth going back to. */
    boolean returnable() {
        return unitStart && phase != Phase.GET_READY && phase != Phase.NEXT_EXERCISE && phase != Phase.CAUTIONS;
    }

    /** A segment that no time ends: it waits for the patient's command. */
    boolean waits() {
        return phase == Phase.CAUTIONS;
    }
}
