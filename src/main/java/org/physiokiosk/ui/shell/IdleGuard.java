package org.physiokiosk.ui.shell;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import org.physiokiosk.kiosk.IdleWatchdog;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.idle.IdleOverlay;

/**
 * Connects the pure {@link IdleWatchdog} to the window: every touch, press or key anywhere in the scene
 * counts as presence (an event filter, so no screen can swallow it), a running exercise holds the clock, and
 * the question and the reset happen on the FX thread.
 *
 * <p>It is ticked once a second from a daemon thread that hands the tick to the FX thread: the question's
 * countdown shows whole seconds, so once a second is enough. Not a Timeline or AnimationTimer: any running
 * JavaFX animation keeps the toolkit pulsing 60 times a second, and an untouched kiosk then burns CPU for
 * weeks (the benchmark saw it). The watchdog computes the time left from the nanoseconds pushed in, so a late
 * or skipped tick never stretches the countdown.
 */
final class IdleGuard {

    private final IdleWatchdog watchdog;
    private final LongSupplier clock;
    private final Navigator navigator;
    private final Messages messages;
    private final Runnable onReset;
    private final BooleanSupplier leftAsFound;
    private final ScheduledExecutorService ticker;
    private final EventHandler<Event> presence = event -> touched();
    private final Scene scene;
    private IdleOverlay overlay;

    IdleGuard(
            Scene scene,
            Duration timeout,
            LongSupplier clock,
            Navigator navigator,
            Messages messages,
            BooleanSupplier leftAsFound,
            Runnable onReset) {
        this.scene = scene;
        this.leftAsFound = leftAsFound;
        this.clock = clock;
        this.navigator = navigator;
        this.messages = messages;
        this.onReset = onReset;
        this.watchdog = new IdleWatchdog(timeout, IdleWatchdog.DEFAULT_COUNTDOWN, clock.getAsLong());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, presence);
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, presence);
        scene.addEventFilter(ScrollEvent.SCROLL_STARTED, presence);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, presence);
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idle-ticker");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> Platform.runLater(this::tick), 1, 1, TimeUnit.SECONDS);
    }

    /** Pushes the clock's time into the watchdog and acts on what it decided. Tests call this directly. */
    void tick() {
        long now = clock.getAsLong();
        var current = navigator.currentProperty().get();
        boolean held = current != null && current.holdsIdleClock();
        Duration patience =
                current == null ? Duration.ZERO : current.idlePatience().orElse(Duration.ZERO);
        switch (watchdog.tick(now, held, patience)) {
            case ASK -> {
                if (current != null && current.isBetweenVisits()) {
                    startOverQuietly(now);
                } else {
                    ask();
                }
            }
            case RESET -> {
                hideQuestion();
                onReset.run();
            }
            case NONE -> {}
        }
        if (overlay != null) {
            overlay.setSecondsLeft(watchdog.secondsLeft(now));
        }
    }

    /**
     * Between visits there is nobody to ask: asking anyway darkened the resting start screen for 20 s of every
     * 80, and the next patient's first tap only closed the question. A language or look the last person chose is
     * put back without a word, once; then the guard waits a whole timeout again.
     */
    private void startOverQuietly(long now) {
        watchdog.touch(now);
        if (!leftAsFound.getAsBoolean()) {
            onReset.run();
        }
    }

    private void touched() {
        watchdog.touch(clock.getAsLong());
        hideQuestion();
    }

    private void ask() {
        overlay = new IdleOverlay(messages, this::touched);
        overlay.setSecondsLeft(watchdog.secondsLeft(clock.getAsLong()));
        navigator.showOverlay(overlay.view());
    }

    private void hideQuestion() {
        if (overlay != null) {
            navigator.hideOverlay();
            overlay = null;
        }
    }

    IdleWatchdog.State state() {
        return watchdog.state();
    }

    void stop() {
        ticker.shutdownNow();
        scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, presence);
        scene.removeEventFilter(TouchEvent.TOUCH_PRESSED, presence);
        scene.removeEventFilter(ScrollEvent.SCROLL_STARTED, presence);
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, presence);
    }
}
