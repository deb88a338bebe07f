package org.physiokiosk.ui.shell;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.physiokiosk.kiosk.WindowWatch;
import org.physiokiosk.kiosk.X11Windows;

/**
 * Keeps the kiosk's window on screen (issue #10): a stage hidden without the PIN-guarded quit, or a native
 * window destroyed by another X client, is shown again; if showing it again does not hold, the process exits
 * with {@link #EXIT_STATUS} so the session's restart loop brings a fresh kiosk back. Decisions are
 * {@link WindowWatch}'s; this class only looks and acts.
 *
 * <p>A hide is seen at once (a listener); a destroyed native window only by asking the X server, every
 * {@link #PERIOD_SECONDS} s from a daemon thread (the socket never blocks the FX thread), because JavaFX itself
 * does not notice it (docs/decisions/0014).
 */
final class WindowGuard {

    private static final Logger LOG = Logger.getLogger(WindowGuard.class.getName());
    static final int EXIT_STATUS = 3;
    static final int PERIOD_SECONDS = 2;

    /** What the guard does to recover; the real one touches the stage and the JVM, tests count calls. */
    interface Recovery {
        void reshow(Stage stage);

        void exit(int status);
    }

    static final Recovery REAL = new Recovery() {
        @Override
        public void reshow(Stage stage) {
            stage.hide(); // JavaFX drops its peer for the dead window; show() makes a new native window
            stage.show();
        }

        @Override
        public void exit(int status) {
            Platform.exit();
            System.exit(status);
        }
    };

    private final Stage stage;
    private final WindowWatch watch = new WindowWatch();
    private final Recovery recovery;
    private final LongSupplier clock;
    private final Subscription hidden;
    private ScheduledExecutorService ticker;
    private volatile X11Windows x11;
    private boolean recovering;
    private boolean stopped;

    WindowGuard(Stage stage, Recovery recovery, LongSupplier clock) {
        this.stage = stage;
        this.recovery = recovery;
        this.clock = clock;
        this.hidden = stage.showingProperty().subscribe(showing -> {
            if (!showing && !recovering) {
                Platform.runLater(() -> check(WindowWatch.Native.UNKNOWN)); // after the hide has finished
            }
        });
    }

    /** Also asks the X server about this process's windows; without a local X display only the stage is watched. */
    void watchNativeWindow(Supplier<Optional<X11Windows>> connect) {
        long pid = ProcessHandle.current().pid();
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "window-guard");
            thread.setDaemon(true);
            return thread;
        });
        ticker.execute(() -> {
            Optional<X11Windows> x = connect.get();
            if (x.isEmpty()) {
                LOG.info("no local X display to ask: the kiosk window is watched through JavaFX only");
                return;
            }
            x11 = x.get();
            ticker.scheduleWithFixedDelay(
                    () -> {
                        WindowWatch.Native reading = read(x.get(), pid);
                        Platform.runLater(() -> check(reading));
                    },
                    PERIOD_SECONDS,
                    PERIOD_SECONDS,
                    TimeUnit.SECONDS);
        });
    }

    static Supplier<Optional<X11Windows>> x11(java.util.Map<String, String> environment) {
        return () -> {
            try {
                return X11Windows.connect(environment);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot ask the X server about the kiosk window", e);
                return Optional.empty();
            }
        };
    }

    private static WindowWatch.Native read(X11Windows x, long pid) {
        try {
            return x.mappedWindowsOf(pid) > 0 ? WindowWatch.Native.MAPPED : WindowWatch.Native.GONE;
        } catch (IOException e) {
            LOG.log(Level.FINE, "X server did not answer", e);
            return WindowWatch.Native.UNKNOWN;
        }
    }

    /** One look, on the FX thread: the stage's state with the X server's reading. Tests call this directly. */
    void check(WindowWatch.Native reading) {
        if (stopped) {
            return; // a reading queued before stop() (the app is closing) must not bring the window back
        }
        switch (watch.check(stage.isShowing(), reading, clock.getAsLong())) {
            case RESHOW -> {
                LOG.warning(() -> "the kiosk window stopped showing without the staff quit ("
                        + (stage.isShowing() ? "native window destroyed from outside" : "stage hidden")
                        + "); showing it again");
                recovering = true;
                try {
                    recovery.reshow(stage);
                } finally {
                    recovering = false;
                }
            }
            case EXIT -> {
                LOG.severe("the kiosk window cannot be shown again; exiting with status " + EXIT_STATUS
                        + " so the session starts the kiosk afresh");
                stop();
                recovery.exit(EXIT_STATUS);
            }
            case NONE -> {}
        }
    }

    /** The staff's PIN-guarded quit: the window closing now is wanted. */
    void authoriseQuit() {
        watch.authoriseQuit();
        stop();
    }

    void stop() {
        stopped = true;
        hidden.unsubscribe();
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (x11 != null) {
            try {
                x11.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing the X connection", e);
            }
        }
    }
}
