package org.physiokiosk.ui.player;

import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;
import org.physiokiosk.player.FramePace;
import org.physiokiosk.player.PlayerSession;

/**
 * The player's one AnimationTimer: at each pulse time moves on to the clock's now, and a picture is made when the
 * pace says one is due. It runs only while time runs (not while paused, not at the cautions, not when done), so a
 * paused player repaints nothing.
 */
final class FrameLoop {

    private final LongSupplier clock;
    private final PlayerSession session;
    private final Runnable render;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame();
        }
    };
    /**
     * Which pulses get a new picture: with the software renderer every picture costs CPU, so the figure gets 20 a
     * second while it moves, the ring 15 while it sweeps, nothing while nothing moves; what a patient reads shows
     * at once (see FramePace).
     */
    private FramePace pace = FramePace.standard(PlayerPicture.PULSE_NANOS);

    private boolean running;

    FrameLoop(LongSupplier clock, PlayerSession session, Runnable render) {
        this.clock = clock;
        this.session = session;
        this.render = render;
    }

    /** One frame; the timer calls this, and so may a test that pushed the clock on. */
    void frame() {
        long now = clock.getAsLong();
        session.tick(now);
        if (pace.due(session.state(), now)) {
            render.run();
        }
    }

    /** Another pace, before the screen is shown: the benchmark compares the earlier pace with this one. */
    void usePace(FramePace other) {
        this.pace = other;
    }

    boolean running() {
        return running;
    }

    /** Starts the timer when time runs and it stands, stops it when time stands and it runs. */
    void runWhile(boolean timeRuns) {
        if (timeRuns && !running) {
            timer.start();
        } else if (!timeRuns && running) {
            timer.stop();
        }
        running = timeRuns;
    }

    void stop() {
        timer.stop();
        running = false;
    }
}
