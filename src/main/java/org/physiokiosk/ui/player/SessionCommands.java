package org.physiokiosk.ui.player;

import java.util.function.LongSupplier;
import org.physiokiosk.player.PlayerSession;

/** What the player's buttons do: a session command at the clock's now, then the new moment shown at once. */
final class SessionCommands {

    private final PlayerSession session;
    private final LongSupplier clock;
    private final Runnable render;

    SessionCommands(PlayerSession session, LongSupplier clock, Runnable render) {
        this.session = session;
        this.clock = clock;
        this.render = render;
    }

    void start() {
        session.start(clock.getAsLong());
        render.run();
    }

    void pauseOrResume() {
        if (session.state().paused()) {
            session.resume(clock.getAsLong());
        } else {
            session.pause(clock.getAsLong());
        }
        render.run();
    }

    void next() {
        session.next(clock.getAsLong());
        render.run();
    }

    void previous() {
        session.previous(clock.getAsLong());
        render.run();
    }

    void begin() {
        session.begin(clock.getAsLong());
        render.run();
    }

    void skipExercise() {
        session.skipExercise(clock.getAsLong());
        render.run();
    }
}
