package org.physiokiosk.player;

import java.util.List;
import java.util.Optional;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.content.Step;

/**
 * What the player shows at one instant; a snapshot, never changed.
 *
 * @param stopped           true when the patient stopped before the end ({@link Phase#DONE} then means "stopped")
 * @param exerciseIndex     0-based index of the current exercise in the program
 * @param step              the step being moved into or held; empty outside a step
 * @param stepIndex         index of that step in {@code exercise().exercise().steps()}, -1 outside a step
 * @param rep               1-based repetition on this side, 0 outside a repetition (setup steps, countdowns, rests)
 * @param reps              the repetitions played per set and side (the lower end of the dose's range)
 * @param set               1-based set; in a rest, the set just finished
 * @param side              the side being worked, or the side that comes next in a switch-side pause
 * @param phaseNanos        the length of the current phase
 * @param phaseElapsedNanos time spent in the current phase, paused time not counted
 * @param motion            the figure's movement; pair it with {@code motionElapsedNanos}
 * @param motionElapsedNanos time since the figure's movement began (a hold continues its step's movement time)
 * @param phaseEndings      how many phases have ended by running out of time
 * @param countdownEndings  how many of those were countdowns (get ready, hold, rest, switch side, next exercise),
 *                          not movements: a view cues (sound, pulse) when it grows, so a patient holding with
 *                          closed eyes hears the hold end, without a beep after every movement
 * @param cautions          at {@link Phase#CAUTIONS}, the exercise's cautions to read before it begins; else empty
 * @param exerciseNumber    the current exercise's number on the patient's paper ("Oefening 3 van 3"); differs from
 *                          {@code exerciseIndex + 1} when the paper has an exercise this kiosk does not hold
 * @param numberedCount     how many exercises the paper numbers; {@code exerciseCount} counts the ones played
 */
public record PlayerState(
        Phase phase,
        boolean paused,
        boolean stopped,
        int exerciseIndex,
        int exerciseCount,
        PlannedExercise exercise,
        Optional<PlannedExercise> nextExercise,
        Optional<Step> step,
        int stepIndex,
        int rep,
        int reps,
        int set,
        int sets,
        PlayedSide side,
        long phaseNanos,
        long phaseElapsedNanos,
        StepMotion motion,
        long motionElapsedNanos,
        long phaseEndings,
        long countdownEndings,
        List<LocalizedText> cautions,
        int exerciseNumber,
        int numberedCount) {

    public long remainingNanos() {
        return Math.max(0, phaseNanos - phaseElapsedNanos);
    }

    /** Whole seconds left, rounded up: a 5-second hold shows 5, 4, 3, 2, 1 and reaches 0 only as it ends. */
    public int secondsLeft() {
        long remaining = remainingNanos();
        return (int) ((remaining + Script.SECOND - 1) / Script.SECOND);
    }

    /** The part of the phase still to go, 1 at its start to 0 at its end: how full a countdown ring is. */
    public double remainingFraction() {
        return phaseNanos <= 0 ? 0 : (double) remainingNanos() / phaseNanos;
    }

    /** True while time runs: started, not paused, not done, not waiting at an exercise's cautions. */
    public boolean running() {
        return !paused && phase != Phase.DONE && phase != Phase.CAUTIONS;
    }

    /** True while the player waits for the patient to read an exercise's cautions and begin or skip it. */
    public boolean waitingAtCautions() {
        return phase == Phase.CAUTIONS;
    }

    /**
     * True while a step that holds is on screen, in its movement or its hold: its words are what the patient reads
     * while holding still, maybe on the floor, where no page can be turned (decision 0049).
     */
    public boolean heldStep() {
        return (phase == Phase.MOVE || phase == Phase.HOLD)
                && step.map(s -> Script.playedHold(exercise.dose(), s) > 0).orElse(false);
    }

    /** True when the whole program was played to its end (not stopped). */
    public boolean completed() {
        return phase == Phase.DONE && !stopped;
    }
}
