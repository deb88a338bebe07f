package org.physiokiosk.figure;

/**
 * The movement of one exercise step: from the previous pose into the step's pose over the step's seconds,
 * eased, then still for the hold. A pure function of elapsed time, so the player pushes the time in and a
 * test can ask for any instant. The bounds cover the whole movement, so the picture does not zoom while
 * the figure moves, and the mat stays still.
 */
public final class FigureMotion {

    /** Frames sampled along a movement for its bounds: a limb's tip moves at most a few mm between two. */
    private static final int BOUNDS_SAMPLES = 16;

    private final Pose from;
    private final Pose to;
    private final boolean mirror;
    private final long moveNanos;
    private final Easing easing;
    private final double[] matSpan;
    private final Stage start;
    private final Stage end;
    private final Bounds bounds;
    private final Bounds inkBounds;

    /**
     * @param from    the pose the figure is in when the step starts (the previous step's); null to start in
     *                the step's own pose (nothing moves)
     * @param seconds how long the movement takes
     */
    public FigureMotion(Pose from, Pose to, boolean mirror, double seconds, Easing easing) {
        this.from = from == null ? to : from;
        this.to = to;
        this.mirror = mirror;
        this.moveNanos = Math.max(1, Math.round(seconds * 1e9));
        this.easing = easing;
        Stage a = FigureDrawings.stage(this.from, to, mirror, null);
        Stage b = FigureDrawings.stage(to, to, mirror, null);
        this.matSpan = Stage.matSpan(a, b);
        this.start = FigureDrawings.stage(this.from, to, mirror, matSpan);
        this.end = FigureDrawings.stage(to, to, mirror, matSpan);
        double[] arrow = FigureDrawings.arrowPoints(start, end, to);
        FigureDrawing first = FigureDrawings.frame(start, arrow, to.highlightOrNone());
        FigureDrawing last = FigureDrawings.frame(end, arrow, to.highlightOrNone());
        Bounds all = first.bounds().union(last.bounds());
        Bounds ink = first.inkBounds().union(last.inkBounds());
        // The middle of a movement can reach further than its ends (an arm swinging overhead), so the box is
        // the union over frames sampled along the blend; nothing moves when the poses' angles are equal.
        if (!this.from.angles().equals(to.angles())) {
            for (int i = 1; i < BOUNDS_SAMPLES; i++) {
                Stage middle = FigureDrawings.stage(
                        PoseBlend.at(this.from, to, (double) i / BOUNDS_SAMPLES), to, mirror, matSpan);
                FigureDrawing frame = FigureDrawings.frame(middle, arrow, to.highlightOrNone());
                all = all.union(frame.bounds());
                ink = ink.union(frame.inkBounds());
            }
        }
        this.bounds = all;
        this.inkBounds = ink;
    }

    /** Where the movement is at {@code elapsedNanos} after the step started: 0 to 1, then 1 for the hold. */
    public double progress(long elapsedNanos) {
        return easing.apply((double) elapsedNanos / moveNanos);
    }

    /** The picture at {@code elapsedNanos} after the step started; the arrow shows the whole movement. */
    public FigureDrawing drawingAt(long elapsedNanos) {
        Pose now = PoseBlend.at(from, to, progress(elapsedNanos));
        Stage stage = FigureDrawings.stage(now, to, mirror, matSpan);
        return FigureDrawings.frame(stage, FigureDrawings.arrowPoints(start, end, to), to.highlightOrNone());
    }

    /** A box that holds every frame of the movement: fit the viewport to it once per step. */
    public Bounds bounds() {
        return bounds;
    }

    /**
     * A box that holds every frame's ink: {@link #bounds()} with the shadows and the outlines' width, which
     * can reach past it. A painter that paints only where the movement can leave ink needs this one.
     */
    public Bounds inkBounds() {
        return inkBounds;
    }

    public Pose target() {
        return to;
    }
}
