package org.physiokiosk.ui.common;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Wakes a screen a few times a second from a daemon thread through {@code Platform.runLater}, for a countdown
 * shown in whole seconds (a locked PIN pad, a locked code keypad). Not an AnimationTimer or Timeline: a running
 * one keeps JavaFX pulsing 60 times a second for minutes to change one number a second (the code keypad found
 * this, docs/benchmarks.md "Screens at rest, third pass"). What is shown comes from the clock pushed in, so a
 * late wake never stretches a wait; it only shows the next number a little late.
 */
public final class WakeTicker {

    private static final long PERIOD_MS = 250;

    private final String name;
    private final Runnable onWake;
    private ScheduledExecutorService thread;

    /** @param onWake run on the FX thread at every wake */
    public WakeTicker(String name, Runnable onWake) {
        this.name = name;
        this.onWake = onWake;
    }

    /** Starts waking, unless it already does. */
    public void start() {
        if (thread == null) {
            thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread daemon = new Thread(runnable, name);
                daemon.setDaemon(true);
                return daemon;
            });
            thread.scheduleAtFixedRate(() -> Platform.runLater(onWake), PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        }
    }

    public boolean isRunning() {
        return thread != null;
    }

    public void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }
}
