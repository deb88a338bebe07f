package org.physiokiosk.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.Step;

/**
 * The box a motion reports holds every frame of it, the middle ones too: the player fits the picture to it
 * once per step, so a frame outside it is cut off at the canvas edge.
 */
class BundledMotionBoundsTest {

    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
    }

    /** Every movement the player can play: each step from the step before it, and the first repeated step from the last. */
    private static List<Pose[]> movements(Exercise exercise) {
        List<Pose[]> moves = new ArrayList<>();
        List<Step> steps = exercise.steps();
        for (int i = 1; i < steps.size(); i++) {
            moves.add(new Pose[] {
                catalog.poses().get(steps.get(i - 1).pose()),
                catalog.poses().get(steps.get(i).pose())
            });
        }
        List<Step> repeated = exercise.repeatedSteps();
        moves.add(new Pose[] {
            catalog.poses().get(repeated.get(repeated.size() - 1).pose()),
            catalog.poses().get(repeated.get(0).pose())
        });
        return moves;
    }

    @Test
    void everyMiddleFrameOfEveryBundledStepStaysInsideTheMotionsBounds() {
        int checked = 0;
        for (Exercise exercise : catalog.exercises().values()) {
            for (Pose[] move : movements(exercise)) {
                for (boolean mirror : new boolean[] {false, true}) {
                    FigureMotion motion = new FigureMotion(move[0], move[1], mirror, 4, Easing.EASE_IN_OUT);
                    Bounds box = motion.bounds();
                    double slack = 0.002 * Math.max(box.width(), box.height());
                    // 41 instants off the sampling grid of the bounds, across the whole movement
                    for (int k = 0; k <= 40; k++) {
                        long nanos = Math.round((k + 0.37) / 41 * 4e9);
                        Bounds frame = motion.drawingAt(nanos).bounds();
                        String what = exercise.id() + " " + move[0].id() + " -> " + move[1].id()
                                + (mirror ? " mirrored" : "") + " at " + nanos;
                        assertThat(frame.minX()).as(what).isGreaterThanOrEqualTo(box.minX() - slack);
                        assertThat(frame.minY()).as(what).isGreaterThanOrEqualTo(box.minY() - slack);
                        assertThat(frame.maxX()).as(what).isLessThanOrEqualTo(box.maxX() + slack);
                        assertThat(frame.maxY()).as(what).isLessThanOrEqualTo(box.maxY() + slack);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("all bundled exercises were looked at").isGreaterThan(20 * 2 * 2 * 41);
    }
}
