package org.physiokiosk.ui.figure;

import java.util.List;
import java.util.Optional;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.Step;
import org.physiokiosk.figure.Easing;
import org.physiokiosk.figure.FigureMotion;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.figure.Pose;

/**
 * The one picture that stands for an exercise on tiles and lists: its first repeated movement, at its end,
 * with the arrow showing where the body went from the pose before.
 */
public final class KeyFrames {

    /** Long past any step's movement, so the view shows the end pose. */
    private static final long AT_THE_END = 120_000_000_000L;

    private KeyFrames() {}

    public static Optional<FigureMotion> motionOf(Catalog catalog, Exercise exercise) {
        List<Step> steps = exercise.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (!step.setup()) {
                Pose to = catalog.poses().get(step.pose());
                Pose from = i == 0 ? null : catalog.poses().get(steps.get(i - 1).pose());
                return to == null
                        ? Optional.empty()
                        : Optional.of(new FigureMotion(from, to, step.mirror(), step.seconds(), Easing.EASE_IN_OUT));
            }
        }
        return Optional.empty();
    }

    /** A still figure view of the exercise's key frame (empty when the exercise has no drawable pose). */
    public static FigureView viewOf(Catalog catalog, Exercise exercise) {
        return viewOf(catalog, exercise, FigureStyle.standard());
    }

    public static FigureView viewOf(Catalog catalog, Exercise exercise, FigureStyle style) {
        return still(motionOf(catalog, exercise), style);
    }

    /** The motion into step {@code index}: from the pose of the step before (none for the first). */
    public static Optional<FigureMotion> motionOfStep(Catalog catalog, Exercise exercise, int index) {
        List<Step> steps = exercise.steps();
        Step step = steps.get(index);
        Pose to = catalog.poses().get(step.pose());
        Pose from = index == 0 ? null : catalog.poses().get(steps.get(index - 1).pose());
        return to == null
                ? Optional.empty()
                : Optional.of(new FigureMotion(from, to, step.mirror(), step.seconds(), Easing.EASE_IN_OUT));
    }

    /** A still view of where step {@code index} ends, with the arrow of how the body got there. */
    public static FigureView viewOfStep(Catalog catalog, Exercise exercise, int index, FigureStyle style) {
        return still(motionOfStep(catalog, exercise, index), style);
    }

    private static FigureView still(Optional<FigureMotion> motion, FigureStyle style) {
        FigureView view = new FigureView(style);
        motion.ifPresent(m -> {
            view.setMotion(m);
            view.showAt(AT_THE_END);
        });
        return view;
    }
}
