package org.physiokiosk.ui.figure;

import java.util.List;
import java.util.Optional;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.Step;
import org.physiokiosk.figure.Easing;
import org.physiokiosk.figure.FigureMotion;
import org.physiokiosk.figure.Pose;

/**
 * The one picture that stands for an exercise on tiles and lists: its first repeated movement, at its end,
 * with the arrow showing where the body went from the pose before.
 */
public final class KeyFrames {

    /** Long past any step's movement, so the view shows the end pose. */
    private static final long AT_THE_END = 120_000_000_000L;

    private KeyFrames() {
    }

    public static Optional<FigureMotion> motionOf(Catalog catalog, Exercise exercise) {
        List<Step> steps = exercise.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (!step.setup()) {
                Pose to = catalog.poses().get(step.pose());
                Pose from = i == 0 ? null : catalog.poses().get(steps.get(i - 1).pose());
                return to == null ? Optional.empty()
                        : Optional.of(new FigureMotion(from, to, step.mirror(), step.seconds(), Easing.EASE_IN_OUT));
            }
        }
        return Optional.empty();
    }

    /** A still figure view of the exercise's key frame (empty when the exercise has no drawable pose). */
    public static FigureView viewOf(Catalog catalog, Exercise exercise) {
        FigureView view = new FigureView();
        motionOf(catalog, exercise).ifPresent(motion -> {
            view.setMotion(motion);
            view.showAt(AT_THE_END);
        });
        return view;
    }
}
