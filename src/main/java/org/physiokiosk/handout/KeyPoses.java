package org.physiokiosk.handout;

import java.util.ArrayList;
import java.util.List;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.Step;
import org.physiokiosk.figure.FigureDrawing;
import org.physiokiosk.figure.FigureDrawings;
import org.physiokiosk.figure.Pose;

/**
 * The drawings that stand for an exercise on paper: the start position, then each new position the
 * repetition moves into (with the arrow from the one before), at most {@link #MAX} in all. A patient at home
 * needs to see where to begin and where the movement goes; the captions name the numbered step.
 */
final class KeyPoses {

    record KeyPose(FigureDrawing drawing, String caption, String alt) {}

    static final int MAX = 3;

    private KeyPoses() {}

    static List<KeyPose> of(Catalog catalog, Exercise exercise, String language, HandoutWords words) {
        List<Step> steps = exercise.steps();
        int start = 0;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).setup()) {
                start = i;
            }
        }
        List<KeyPose> frames = new ArrayList<>(MAX);
        Pose startPose = catalog.poses().get(steps.get(start).pose());
        if (startPose != null) {
            // The first step says how to get into the position; later setup steps are often just "breathe in".
            frames.add(new KeyPose(
                    FigureDrawings.still(startPose, steps.get(start).mirror()),
                    words.get("figure.start"),
                    words.format("figure.alt.start", steps.get(0).text().in(language))));
        }
        List<String> shown = new ArrayList<>(List.of(key(steps.get(start))));
        for (int i = start + 1; i < steps.size() && frames.size() < MAX; i++) {
            Step step = steps.get(i);
            Pose pose = catalog.poses().get(step.pose());
            if (step.setup() || pose == null || shown.contains(key(step))) {
                continue;
            }
            shown.add(key(step));
            Pose before = catalog.poses().get(steps.get(i - 1).pose());
            frames.add(new KeyPose(
                    FigureDrawings.step(before, pose, step.mirror()),
                    words.format("figure.step", i + 1),
                    words.format("figure.alt.step", i + 1, step.text().in(language))));
        }
        return frames;
    }

    /** A pose and its mirror image are different pictures ("knees to the left", "knees to the right"). */
    private static String key(Step step) {
        return step.pose() + (step.mirror() ? "/mirrored" : "");
    }
}
