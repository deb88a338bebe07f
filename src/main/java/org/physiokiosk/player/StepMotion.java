package org.physiokiosk.player;

import java.util.Optional;
import java.util.function.Function;
import org.physiokiosk.figure.Easing;
import org.physiokiosk.figure.FigureMotion;
import org.physiokiosk.figure.Pose;

/**
 * Which movement the figure shows: from the pose it is in into {@code toPose} over {@code seconds}, mirrored
 * or not. A value, so a view can tell whether the motion changed and build a {@link FigureMotion} only then.
 *
 * @param fromPose the pose the figure is in when the movement starts; empty: it appears in {@code toPose}
 */
public record StepMotion(Optional<String> fromPose, String toPose, boolean mirror, int seconds) {

    /** The figure standing still in {@code pose}: what get-ready, rest and switch-side show. */
    public static StepMotion still(String pose, boolean mirror) {
        return new StepMotion(Optional.empty(), pose, mirror, 1);
    }

    public long moveNanos() {
        return seconds * 1_000_000_000L;
    }

    /** The figure's movement, eased in and out, with the poses looked up by id (the catalog's poses). */
    public FigureMotion toFigureMotion(Function<String, Pose> poses) {
        Pose to = poses.apply(toPose);
        Pose from = fromPose.map(poses).orElse(null);
        return new FigureMotion(from, to, mirror, seconds, Easing.EASE_IN_OUT);
    }
}
