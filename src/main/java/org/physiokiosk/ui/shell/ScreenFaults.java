package org.physiokiosk.ui.shell;

import java.util.Arrays;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * What happens when a screen throws (while it is made, in an event handler, in its AnimationTimer): the kiosk
 * goes back to its start screen and says calmly that it starts again, instead of freezing or going blank.
 * It is the FX thread's uncaught-exception handler (JavaFX hands it what event handlers and timers throw) and
 * the {@link Navigator}'s fault handler (what a screen's constructor throws).
 *
 * <p>Each fault is logged once. Going back to the start disposes the screen that threw, which stops its
 * timer; a fault that still repeats (a timer that outlives its screen) is counted, not logged per frame.
 */
final class ScreenFaults implements Thread.UncaughtExceptionHandler {

    static final String NOTICE_ID = "fault-notice";
    static final String NOTICE_OK_ID = "fault-notice-ok";
    private static final Logger LOG = Logger.getLogger(ScreenFaults.class.getName());

    private final Navigator navigator;
    private final Messages messages;
    private Runnable home = () -> {};
    private String lastFault;
    private long repeats;
    private boolean recovering;

    ScreenFaults(Navigator navigator, Messages messages) {
        this.navigator = navigator;
        this.messages = messages;
    }

    /** Where a fault leads: the patient's start screen, or the therapist's way in. Set once content is in. */
    void home(Runnable home) {
        this.home = Objects.requireNonNull(home);
    }

    /**
     * Takes over the calling thread's (the FX thread's) uncaught exceptions; unsubscribing gives them back to
     * the handler it replaced. The FX thread outlives the App (tests start many on one toolkit), so a handler
     * left behind would send a later App's faults to this one's navigator.
     */
    Subscription installOnCurrentThread() {
        Thread thread = Thread.currentThread();
        Thread.UncaughtExceptionHandler before = thread.getUncaughtExceptionHandler();
        // With no handler of its own a thread answers with its group; setting that back as its handler would
        // pin the group, so "none" is restored as none.
        Thread.UncaughtExceptionHandler restore = before == thread.getThreadGroup() ? null : before;
        thread.setUncaughtExceptionHandler(this);
        navigator.onFault(this::fault);
        return () -> {
            if (thread.getUncaughtExceptionHandler() == this) { // one installed after this one stays
                thread.setUncaughtExceptionHandler(restore);
            }
        };
    }

    @Override
    public void uncaughtException(Thread thread, Throwable fault) {
        fault(fault);
    }

    /** Logs the fault (once) and goes back to the start with the calm notice. */
    void fault(Throwable fault) {
        String signature = signature(fault);
        if (signature.equals(lastFault)) {
            repeats++;
        } else {
            if (repeats > 0) {
                LOG.warning(() -> "the fault before repeated " + repeats + " more times");
            }
            lastFault = signature;
            repeats = 0;
            LOG.log(Level.SEVERE, "a screen failed; back to the start", fault);
        }
        if (recovering) {
            return; // the start screen itself failed: the notice below still shows, never a blank window
        }
        recovering = true;
        try {
            home.run();
        } catch (RuntimeException | LinkageError startFailed) {
            LOG.log(Level.SEVERE, "the start screen failed too", startFailed);
        } finally {
            recovering = false;
        }
        navigator.showOverlay(notice());
    }

    /** The calm words over the start screen; a tap anywhere takes them away. */
    private StackPane notice() {
        WrappingLabel words = new WrappingLabel(messages.get("fault.message"), Theme.TITLE);
        Button ok = new Button(messages.get("fault.ok"));
        ok.setId(NOTICE_OK_ID);
        ok.getStyleClass().addAll(Theme.BIG_BUTTON, Theme.MAIN_ACTION);
        ok.setOnAction(event -> navigator.hideOverlay());
        VBox panel = new VBox(words, ok);
        panel.getStyleClass().add(Theme.IDLE_PANEL);
        panel.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane scrim = new StackPane(panel);
        scrim.setId(NOTICE_ID);
        scrim.getStyleClass().add(Theme.IDLE_SCRIM);
        scrim.setOnMouseClicked(event -> navigator.hideOverlay());
        return scrim;
    }

    /** The same fault from the same place: its type, message and the first frames of its stack. */
    private static String signature(Throwable fault) {
        StackTraceElement[] stack = fault.getStackTrace();
        return fault.getClass().getName() + ": " + fault.getMessage() + " at "
                + Arrays.toString(Arrays.copyOf(stack, Math.min(stack.length, 4)));
    }

    long repeats() {
        return repeats;
    }
}
