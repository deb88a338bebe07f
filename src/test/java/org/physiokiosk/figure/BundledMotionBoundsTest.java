package org.physiokiosk.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Exercise;

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

    @Test
    void everyMiddleFrameOfEveryBundledStepStaysInsideTheMotionsBounds() {
        int checked = 0;
        for (Exercise exercise : catalog.exercises().values()) {
            for (Pose[] move : BundledMovements.of(catalog, exercise)) {
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
