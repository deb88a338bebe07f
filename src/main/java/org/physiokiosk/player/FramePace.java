package org.physiokiosk.player;

/**
 * Which of the display's pulses need a new picture. The screen pulses 60 times a second, but with the software
 * renderer every picture costs real CPU, a good part of it fixed (the whole window's pixels are copied and sent
 * to the display whatever changed). So each kind of change gets the rate it needs and no more: everything a
 * patient reads or counts on (phase, step, repetition, set, side, pause, the whole seconds left, the end of a
 * countdown, the figure coming to rest, the end of the swell) shows at the first pulse after it changes; the
 * moving figure and the end-of-countdown swell at most once per {@code movingGapNanos}; a countdown ring that
 * only sweeps at most once per {@code sweepingGapNanos}; and when nothing moves at all, nothing is painted. The
 * session keeps exact time either way; this only decides when to show it.
 */
public final class FramePace {

    /** A gap that never ends: nothing is repainted until something a patient reads changes. */
    public static final long NEVER = Long.MAX_VALUE;

    private static final long MILLI = 1_000_000L;

    private final long movingGapNanos;
    private final long sweepingGapNanos;
    private final long stillGapNanos;
    private final long swellNanos;
    private boolean painted;
    private long paintedAt;
    private Shown shown;
    private long endingsSeen;
    private boolean swellSeen;
    private long swellFrom;

    /**
     * @param movingGapNanos   the least time between two pictures while the figure moves or the swell runs
     * @param sweepingGapNanos the least time between two pictures while only a countdown ring sweeps
     * @param stillGapNanos    the same while nothing moves ({@link #NEVER}: only changes a patient reads)
     * @param swellNanos       how long the end-of-countdown swell lasts
     */
    public FramePace(long movingGapNanos, long sweepingGapNanos, long stillGapNanos, long swellNanos) {
        this.movingGapNanos = movingGapNanos;
        this.sweepingGapNanos = sweepingGapNanos;
        this.stillGapNanos = stillGapNanos;
        this.swellNanos = swellNanos;
    }

    /**
     * The player's pace on a 60 Hz display: the figure every third pulse (20 pictures a second: the movements
     * take three seconds or more, and 20 looked as smooth as 30 under Xvfb), a sweeping ring every fourth (15 a
     * second), nothing while nothing moves. Each gap sits half a pulse below its multiple of 16.7 ms, so a pulse
     * that comes a little early still gets its picture, and one that comes a pulse early does not.
     */
    public static FramePace standard(long swellNanos) {
        return new FramePace(42 * MILLI, 58 * MILLI, NEVER, swellNanos);
    }

    /** True when {@code state} should be painted at {@code nowNanos}; a true answer counts as painted. */
    public boolean due(PlayerState state, long nowNanos) {
        if (state.countdownEndings() != endingsSeen) {
            endingsSeen = state.countdownEndings();
            swellSeen = true;
            swellFrom = nowNanos;
        }
        boolean swelling = swellSeen && nowNanos - swellFrom < swellNanos;
        boolean moving = figureMoving(state);
        Shown now = Shown.of(state, moving, swelling);
        if (painted && now.equals(shown)) {
            long gap = moving || swelling ? movingGapNanos : ringSweeping(state) ? sweepingGapNanos : stillGapNanos;
            if (gap == NEVER || nowNanos - paintedAt < gap) {
                return false;
            }
        }
        painted = true;
        paintedAt = nowNanos;
        shown = now;
        return true;
    }

    /** The figure is between two poses (a still figure, or one that reached its pose, needs no new picture). */
    static boolean figureMoving(PlayerState state) {
        return state.phase() == Phase.MOVE
                && state.motion().fromPose().isPresent()
                && state.motionElapsedNanos() < state.motion().moveNanos();
    }

    /** A countdown ring is on screen and emptying: every phase but a movement and the end. */
    static boolean ringSweeping(PlayerState state) {
        return state.running() && state.phase() != Phase.MOVE;
    }

    /** What a patient reads or counts on, and whether something moves: a change in any of these shows at once. */
    private record Shown(
            Phase phase,
            boolean paused,
            boolean stopped,
            int exerciseIndex,
            int stepIndex,
            int rep,
            int set,
            PlayedSide side,
            int secondsLeft,
            long phaseEndings,
            StepMotion motion,
            boolean moving,
            boolean swelling) {

        static Shown of(PlayerState s, boolean moving, boolean swelling) {
            return new Shown(
                    s.phase(),
                    s.paused(),
                    s.stopped(),
                    s.exerciseIndex(),
                    s.stepIndex(),
                    s.rep(),
                    s.set(),
                    s.side(),
                    s.secondsLeft(),
                    s.phaseEndings(),
                    s.motion(),
                    moving,
                    swelling);
        }
    }
}
