package org.physiokiosk.player;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.Side;
import org.physiokiosk.content.Step;

/**
 * Lays a program out as a list of fixed-length segments, once, so the session only walks along it. The dose
 * decisions live here (see docs/decisions/0010-player-dose-and-sides.md): a range plays its lower end, the dose's hold
 * replaces the hold of the steps that hold, setup steps play once per exercise (once per side for EACH).
 */
final class Script {

    static final long SECOND = 1_000_000_000L;
    static final int GET_READY_SECONDS = 3;
    static final int NEXT_EXERCISE_SECONDS = 5;
    static final int SWITCH_SIDE_SECONDS = 5;

    private final List<Segment> segments = new ArrayList<>();
    private int exerciseIndex;
    private String pose;
    private Step poseStep;

    private Script() {}

    static List<Segment> of(List<PlannedExercise> plan) {
        return of(PlayerRun.cautionsSeen(plan));
    }

    /** The run from its first exercise to play on; the exercises before it are not laid out. */
    static List<Segment> of(PlayerRun run) {
        List<PlannedExercise> plan = run.plan();
        if (plan.isEmpty()) {
            throw new IllegalArgumentException("nothing to play");
        }
        Script script = new Script();
        for (int i = run.startAt(); i < plan.size(); i++) {
            script.exerciseIndex = i;
            script.add(plan.get(i), i > run.startAt(), !run.cautionsBefore(i).isEmpty());
        }
        Segment last = script.segments.get(script.segments.size() - 1);
        script.segments.add(new Segment(
                Phase.DONE,
                0,
                last.exerciseIndex(),
                -1,
                0,
                last.reps(),
                last.set(),
                last.sets(),
                last.side(),
                last.motion(),
                0,
                true));
        return List.copyOf(script.segments);
    }

    /** The number of repetitions played per set and side: the lower end of a range, the gentler dose. */
    static int playedReps(Dose dose) {
        return dose.reps().min();
    }

    /** The hold played for a repeated step that holds: the dose's, its lower end; 0 means the dose has no hold. */
    static int playedHold(Dose dose, Step step) {
        if (step.setup()) {
            return step.holdSeconds();
        }
        return step.holdSeconds() > 0 ? dose.holdSeconds().min() : 0;
    }

    /**
     * @param preview whether a "next: ..." preview comes first (every exercise after the first played)
     * @param gate    whether the exercise waits at its cautions first; the gate takes the preview's place, since
     *                it shows the exercise and waits anyway
     */
    private void add(PlannedExercise planned, boolean preview, boolean gate) {
        Exercise exercise = planned.exercise();
        Dose dose = planned.dose();
        int reps = playedReps(dose);
        PlayedSide drawn = DrawnSide.of(exercise);
        List<PlayedSide> sides = dose.side() == Side.NONE ? List.of(PlayedSide.NONE) : List.of(drawn, drawn.other());
        Context first = new Context(planned, drawn, reps, 1, sides.get(0));
        // The figure starts where the first setup step puts it, or where every repetition ends.
        List<Step> setup = exercise.setupSteps();
        poseStep = setup.isEmpty() ? last(exercise.repeatedSteps()) : setup.get(0);
        pose = poseStep.pose();
        if (gate) {
            segments.add(first.still(Phase.CAUTIONS, 0, this));
        } else if (preview) {
            segments.add(first.still(Phase.NEXT_EXERCISE, NEXT_EXERCISE_SECONDS, this));
        }
        segments.add(first.still(Phase.GET_READY, GET_READY_SECONDS, this));
        for (int set = 1; set <= dose.sets(); set++) {
            if (dose.side() == Side.EACH) {
                for (int s = 0; s < sides.size(); s++) {
                    Context side = new Context(planned, drawn, reps, set, sides.get(s));
                    // Every set but the first begins on the side the one before did not end on: the patient
                    // is told, and gets that side's start position again, as at the switch within a set.
                    if (s > 0 || set > 1) {
                        segments.add(side.still(Phase.SWITCH_SIDE, SWITCH_SIDE_SECONDS, this));
                    }
                    steps(side, true, 0);
                    for (int rep = 1; rep <= reps; rep++) {
                        steps(side, false, rep);
                    }
                }
            } else {
                Context context = new Context(planned, drawn, reps, set, sides.get(0));
                if (set == 1) {
                    steps(context, true, 0);
                }
                for (int rep = 1; rep <= reps; rep++) {
                    for (PlayedSide side : sides) {
                        steps(new Context(planned, drawn, reps, set, side), false, rep);
                    }
                }
            }
            if (set < dose.sets() && dose.restSeconds() > 0) {
                Context rest = new Context(planned, drawn, reps, set, sides.get(sides.size() - 1));
                segments.add(rest.still(Phase.REST, dose.restSeconds(), this));
            }
        }
    }

    /** The exercise's setup steps, or its repeated steps, by index: two steps may be equal records. */
    private void steps(Context context, boolean setup, int rep) {
        List<Step> all = context.planned.exercise().steps();
        for (int index = 0; index < all.size(); index++) {
            Step step = all.get(index);
            if (step.setup() != setup) {
                continue;
            }
            Optional<String> from = pose.equals(step.pose()) ? Optional.empty() : Optional.of(pose);
            StepMotion motion = new StepMotion(from, step.pose(), context.mirror(step), step.seconds());
            segments.add(context.segment(Phase.MOVE, motion.moveNanos(), index, rep, motion, 0, true, exerciseIndex));
            int hold = playedHold(context.planned.dose(), step);
            if (hold > 0) {
                segments.add(context.segment(
                        Phase.HOLD, hold * SECOND, index, rep, motion, motion.moveNanos(), false, exerciseIndex));
            }
            pose = step.pose();
            poseStep = step;
        }
    }

    private static Step last(List<Step> steps) {
        return steps.get(steps.size() - 1);
    }

    /** Where in the exercise a segment sits. */
    private record Context(PlannedExercise planned, PlayedSide drawn, int reps, int set, PlayedSide side) {

        /** The content draws one side; the other side is the step's picture mirrored. */
        boolean mirror(Step step) {
            return step.mirror() ^ (side != PlayedSide.NONE && side != drawn);
        }

        Segment segment(
                Phase phase,
                long nanos,
                int stepIndex,
                int rep,
                StepMotion motion,
                long offset,
                boolean unit,
                int exercise) {
            return new Segment(
                    phase,
                    nanos,
                    exercise,
                    stepIndex,
                    rep,
                    reps,
                    set,
                    planned.dose().sets(),
                    side,
                    motion,
                    offset,
                    unit);
        }

        Segment still(Phase phase, int seconds, Script script) {
            StepMotion motion = StepMotion.still(script.pose, mirror(script.poseStep));
            return segment(phase, seconds * SECOND, -1, 0, motion, 0, true, script.exerciseIndex);
        }
    }
}
