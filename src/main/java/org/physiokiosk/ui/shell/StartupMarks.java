package org.physiokiosk.ui.shell;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up marks for the benchmark suite (src/test/java/org/physiokiosk/bench): with
 * {@code -Dphysiokiosk.bench.marks=true} the kiosk prints {@code PK-MARK first-window <epoch ms>} when its window
 * is shown and {@code PK-MARK home-painted <epoch ms>} at the first pulse with the home screen in the scene;
 * with {@code -Dphysiokiosk.bench.exitAfterHome=true} it exits right after. Off by default: it prints nothing,
 * so the patient-facing kiosk never logs to stdout.
 */
final class StartupMarks {

    private static final boolean ON = Boolean.getBoolean("physiokiosk.bench.marks");
    private static final boolean EXIT_AFTER_HOME = Boolean.getBoolean("physiokiosk.bench.exitAfterHome");

    private StartupMarks() {}

    static void windowShown() {
        if (ON) {
            System.out.println("PK-MARK first-window " + System.currentTimeMillis());
        }
    }

    /** Call once the home screen is the scene's root; the mark falls on the next pulse, which lays it out and paints it. */
    static void homeShown(Scene scene) {
        if (!ON) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println("PK-MARK home-painted " + System.currentTimeMillis());
            System.out.flush();
            if (EXIT_AFTER_HOME) {
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
