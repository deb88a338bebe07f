package org.physiokiosk.player;

import java.util.Arrays;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.Step;

/**
 * Which side of the body an exercise's unmirrored poses show working. The pose files name a one-sided pose
 * by its side where it matters ("supine-knees-left-top", "seated-rotation-right"); a pose without a side
 * word is a side view, where the figure's right side is the near one that moves (docs/content-format.md,
 * "Poses"). So the first side word among the repeated steps' poses decides, and RIGHT is the fallback.
 */
final class DrawnSide {

    private DrawnSide() {}

    static PlayedSide of(Exercise exercise) {
        for (Step step : exercise.repeatedSteps()) {
            String[] words = step.pose().split("-");
            int left = Arrays.asList(words).indexOf("left");
            int right = Arrays.asList(words).indexOf("right");
            if (left >= 0 || right >= 0) {
                boolean leftFirst = left >= 0 && (right < 0 || left < right);
                return leftFirst ^ step.mirror() ? PlayedSide.LEFT : PlayedSide.RIGHT;
            }
        }
        return PlayedSide.RIGHT;
    }
}
