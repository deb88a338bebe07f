package org.physiokiosk.player;

/**
 * Which of the display's pulses need a new picture. The screen pulses 60 times a second, but with the software
 * renderer every repaint of the moving figure or the ring costs real CPU, and the movements take three seconds
 * or more: 30 pictures a second are as smooth to the eye. So what only moves smoothly (the figure, the ring,
 * the end-of-countdown swell) is repainted at most once per {@code minGapNanos}, while everything a patient
 * reads or counts on (phase, step, repetition, set, side, pause, the whole seconds left, the end of a
 * countdown) shows at the first pulse after it changes. The session itself keeps exact time either way; this
 * only decides when to show it.
 */
public final class FramePace {

    private final long minGapNanos;
    private boolean painted;
    private long paintedAt;
    private Shown shown;

    /** @param minGapNanos the least time between two pictures of smooth movement (25 ms: every other 60 Hz pulse) */
    public FramePace(long minGapNanos) {
        this.minGapNanos = minGapNanos;
    }

    /** True when {@code state} should be painted at {@code nowNanos}; a true answer counts as painted. */
    public boolean due(PlayerState state, long nowNanos) {
        Shown now = Shown.of(state);
        if (painted && now.equals(shown) && nowNanos - paintedAt < minGapNanos) {
            return false;
        }
        painted = true;
        paintedAt = nowNanos;
        shown = now;
        return true;
    }

    /** What a patient reads or counts on: a change in any of these is shown at once. */
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
            StepMotion motion) {

        static Shown of(PlayerState s) {
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
                    s.motion());
        }
    }
}
