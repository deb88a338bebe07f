package org.physiokiosk.player;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plays a program of exercises: get ready, move, hold, rest, switch side, done. Pure: the monotonic time
 * (nanoseconds, e.g. System.nanoTime or an AnimationTimer's) is pushed in with every command, and the time
 * left is worked out from it, never by counting ticks, so a late frame never stretches a hold and a test
 * plays ten minutes in a millisecond. Phase boundaries fall at exact sums of phase lengths: what a late tick
 * overshoots is carried into the next phase.
 *
 * <p>Next and previous move between units: a step (its movement and hold together) or a phase such as a rest.
 * Next starts the following unit (next in a hold ends the hold). Previous restarts the current unit, or when
 * pressed within {@link #PREVIOUS_GRACE_NANOS} of its start goes back one unit; it never goes back into a
 * get-ready countdown, so at the first step it restarts that step, and before it it stays.
 *
 * <p>Before an exercise whose cautions the run says are unread, the session waits in {@link Phase#CAUTIONS}: no
 * time ends it, next and previous do nothing there; {@link #begin(long)} goes on to the get-ready countdown and
 * {@link #skipExercise(long)} leaves the exercise out (docs/decisions/0027).
 */
public final class PlayerSession {

    /** Within this time of a unit's start, previous goes back one unit instead of restarting this one. */
    public static final long PREVIOUS_GRACE_NANOS = 2 * Script.SECOND;

    private final PlayerRun run;
    private final List<PlannedExercise> plan;
    private final List<Segment> segments;
    private final Set<Integer> skipped = new TreeSet<>();
    private int stoppedAt = -1;
    private int index;
    private long segmentStart;
    private long now;
    private long pausedAt;
    private boolean started;
    private boolean paused;
    private boolean stopped;
    private long phaseEndings;
    private long countdownEndings;

    /** Plays {@code plan} from its first exercise without waiting at cautions: the exercise page showed them. */
    public PlayerSession(List<PlannedExercise> plan) {
        this(PlayerRun.cautionsSeen(plan));
    }

    public PlayerSession(PlayerRun run) {
        this.run = run;
        this.plan = run.plan();
        this.segments = Script.of(run);
    }

    public void start(long nanos) {
        if (started) {
            return;
        }
        started = true;
        now = nanos;
        segmentStart = nanos;
    }

    /** Moves time on to {@code nanos}; time never runs backwards, an earlier value is ignored. */
    public void tick(long nanos) {
        if (!started || nanos <= now) {
            return;
        }
        now = nanos;
        if (paused) {
            return;
        }
        while (!isDone()
                && !current().waits()
                && now - segmentStart >= current().nanos()) {
            segmentStart += current().nanos();
            if (current().phase() != Phase.MOVE) {
                countdownEndings++;
            }
            index++;
            phaseEndings++;
        }
    }

    public void pause(long nanos) {
        tick(nanos);
        if (started && !paused && !isDone() && !current().waits()) {
            paused = true;
            pausedAt = now;
        }
    }

    public void resume(long nanos) {
        tick(nanos);
        if (paused) {
            paused = false;
            segmentStart += now - pausedAt;
        }
    }

    public void next(long nanos) {
        tick(nanos);
        if (!started || isDone() || current().waits()) {
            return;
        }
        int target = index + 1;
        while (!segments.get(target).unitStart()) {
            target++;
        }
        jumpTo(target);
    }

    public void previous(long nanos) {
        tick(nanos);
        if (!started || isDone() || current().waits()) {
            return;
        }
        int unit = index;
        long intoUnit = elapsed();
        while (!segments.get(unit).unitStart()) {
            unit--;
            intoUnit += segments.get(unit).nanos();
        }
        int target = unit;
        if (intoUnit < PREVIOUS_GRACE_NANOS) {
            int earlier = unit - 1;
            while (earlier >= 0 && !segments.get(earlier).returnable()) {
                earlier--;
            }
            if (earlier >= 0) {
                target = earlier;
            }
        }
        jumpTo(target);
    }

    /** At an exercise's cautions: the patient has read them and begins; the get-ready countdown starts now. */
    public void begin(long nanos) {
        tick(nanos);
        if (started && current().waits()) {
            jumpTo(index + 1);
        }
    }

    /**
     * Leaves the current exercise out and goes to the next one (its preview or its cautions), or to the end
     * after the last. Works at the cautions and during the exercise; a skip ends no phase, so it gives no beep.
     */
    public void skipExercise(long nanos) {
        tick(nanos);
        if (!started || isDone()) {
            return;
        }
        int exercise = current().exerciseIndex();
        skipped.add(exercise);
        int target = index;
        while (!segments.get(target).phase().equals(Phase.DONE)
                && segments.get(target).exerciseIndex() == exercise) {
            target++;
        }
        if (paused) {
            paused = false;
            pausedAt = now;
        }
        jumpTo(target);
    }

    /** The exercises left out with {@link #skipExercise(long)}, by index in the plan, in order. */
    public Set<Integer> skippedExercises() {
        return java.util.Collections.unmodifiableSet(new TreeSet<>(skipped));
    }

    /**
     * The exercise the patient stopped in, by index in the plan: where a later start of the same run goes on;
     * -1 while not stopped.
     */
    public int stoppedAt() {
        return stoppedAt;
    }

    /** The patient stops: the session ends at once, marked as stopped rather than completed. */
    public void stop() {
        if (isDone()) {
            return;
        }
        stoppedAt = current().exerciseIndex();
        stopped = true;
        paused = false;
        index = segments.size() - 1;
        segmentStart = now;
    }

    public PlayerState state() {
        Segment s = current();
        PlannedExercise exercise = plan.get(s.exerciseIndex());
        Optional<PlannedExercise> next =
                s.exerciseIndex() + 1 < plan.size() ? Optional.of(plan.get(s.exerciseIndex() + 1)) : Optional.empty();
        long elapsed = isDone() ? 0 : elapsed();
        return new PlayerState(
                s.phase(),
                paused,
                stopped,
                s.exerciseIndex(),
                plan.size(),
                exercise,
                next,
                s.stepIndex() < 0
                        ? Optional.empty()
                        : Optional.of(exercise.exercise().steps().get(s.stepIndex())),
                s.stepIndex(),
                s.rep(),
                s.reps(),
                s.set(),
                s.sets(),
                s.side(),
                s.nanos(),
                elapsed,
                s.motion(),
                s.motionOffsetNanos() + elapsed,
                phaseEndings,
                countdownEndings,
                s.waits() ? run.cautionsBefore(s.exerciseIndex()) : List.of(),
                run.numberOf(s.exerciseIndex()),
                run.numberedCount());
    }

    /** The repetitions per set (and side) the player plays for a planned exercise: what a summary should say. */
    public static int playedReps(PlannedExercise planned) {
        return Script.playedReps(planned.dose());
    }

    /** The number exercise {@code index} of the plan has on the patient's paper (see {@link PlayerRun#numbers}). */
    public int numberOf(int index) {
        return run.numberOf(index);
    }

    /** How many exercises the patient's paper numbers. */
    public int numberedCount() {
        return run.numberedCount();
    }

    public List<PlannedExercise> plan() {
        return plan;
    }

    /** The whole program's length without pauses or skips: for tests and for telling the patient how long it takes. */
    public long totalNanos() {
        return segments.stream().mapToLong(Segment::nanos).sum();
    }

    private void jumpTo(int target) {
        index = target;
        segmentStart = paused ? pausedAt : now;
    }

    private long elapsed() {
        return (paused ? pausedAt : now) - segmentStart;
    }

    private Segment current() {
        return segments.get(index);
    }

    private boolean isDone() {
        return current().phase() == Phase.DONE;
    }
}
