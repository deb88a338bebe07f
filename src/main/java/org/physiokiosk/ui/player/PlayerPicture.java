package org.physiokiosk.ui.player;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.physiokiosk.figure.FigureMotion;
import org.physiokiosk.figure.Pose;
import org.physiokiosk.player.PlayerState;
import org.physiokiosk.player.StepMotion;

/**
 * What the patient sees and hears of one player state: the words, counters and countdown, the figure at its
 * moment of the movement, and at the end of each countdown a beep and one swell of the heading and the ring.
 */
final class PlayerPicture {

    /** How long the ring's end-of-phase pulse lasts: one gentle swell, far below three flashes a second. */
    static final long PULSE_NANOS = 400_000_000L;

    private final PlayerLayout layout;
    private final PhaseWords words;
    private final CueSound sound;
    private final Function<String, Pose> poses;
    private final Map<StepMotion, FigureMotion> motions = new HashMap<>();
    private long seenEndings;
    private long pulseStart = Long.MIN_VALUE;
    private StepMotion shownMotion;
    private boolean shownSettled;

    PlayerPicture(PlayerLayout layout, PhaseWords words, CueSound sound, Function<String, Pose> poses) {
        this.layout = layout;
        this.words = words;
        this.sound = sound;
        this.poses = poses;
    }

    /** Shows {@code state} at {@code now}; a finished or stopped session leaves the screen to its card. */
    void show(PlayerState state, long now) {
        if (state.countdownEndings() != seenEndings) {
            seenEndings = state.countdownEndings();
            pulseStart = now;
            sound.beep();
        }
        if (state.completed() || state.stopped()) {
            return;
        }
        layout.show(state, words);
        showFigure(state);
        boolean pulsing = !state.paused() && now - pulseStart < PULSE_NANOS;
        layout.pulse(pulsing ? (double) (now - pulseStart) / PULSE_NANOS : 0);
    }

    void forget() {
        motions.clear();
    }

    private void showFigure(PlayerState state) {
        StepMotion motion = state.motion();
        boolean settled = motion.fromPose().isEmpty() || state.motionElapsedNanos() >= motion.moveNanos();
        if (!motion.equals(shownMotion)) {
            layout.figure().setMotion(motions.computeIfAbsent(motion, m -> m.toFigureMotion(poses)));
            shownMotion = motion;
        } else if (settled && shownSettled) {
            return; // a held or still figure: nothing to repaint
        }
        shownSettled = settled;
        layout.figure().showAt(state.motionElapsedNanos());
    }
}
