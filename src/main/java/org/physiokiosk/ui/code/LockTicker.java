package org.physiokiosk.ui.code;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Wakes the locked keypad four times a second, from a daemon thread through {@code Platform.runLater}, so it can
 * show the whole seconds left. Not an AnimationTimer: a running one keeps JavaFX pulsing 60 times a second, and a
 * locked keypad (30 s to 5 minutes) that nobody touches then paid a pulse every frame to change one number a
 * second (docs/benchmarks.md, "Screens at rest, third pass"). A wake that finds the same second sets the same
 * text, which changes nothing on screen; the seconds come from the clock pushed in, so a late wake never
 * stretches the lock, it only shows the next number up to a quarter of a second late.
 */
final class LockTicker {

    private static final long PERIOD_MS = 250;

    private final Runnable onTick;
    private ScheduledExecutorService thread;

    /** @param onTick run on the FX thread at every wake */
    LockTicker(Runnable onTick) {
        this.onTick = onTick;
    }

    /** Starts waking, unless it already does. */
    void start() {
        if (thread == null) {
            thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread daemon = new Thread(runnable, "code-lock-ticker");
                daemon.setDaemon(true);
                return daemon;
            });
            thread.scheduleAtFixedRate(() -> Platform.runLater(onTick), PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        }
    }

    void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }
}
