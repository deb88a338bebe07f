package org.physiokiosk.ui.shell;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.LoadResult;
import org.physiokiosk.kiosk.AppFolders;
import org.physiokiosk.kiosk.Settings;
import org.physiokiosk.testing.LayoutChecks;
import org.physiokiosk.testing.TapClock;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.safety.SafetyScreen;

/** The real kiosk on a test stage: same-thread loading and a clock the test moves. */
final class KioskHarness {

    static final long SECOND = 1_000_000_000L;

    final AtomicLong clock = new AtomicLong(1_000 * SECOND);
    /** The tap guard's clock: each tap of a walk is a deliberate one unless a test holds it still. */
    final TapClock taps = new TapClock();

    final App app;

    KioskHarness(Catalog catalog, String language) {
        this(catalog, language, new AppFolders(java.nio.file.Path.of("target", "app-test")));
    }

    /** A kiosk whose data folder (programs and their codes) is {@code folders}. */
    KioskHarness(Catalog catalog, String language, AppFolders folders) {
        this(catalog, language, folders, "Fysio Test");
    }

    /** A kiosk of a clinic named {@code clinicName}. */
    KioskHarness(Catalog catalog, String language, AppFolders folders, String clinicName) {
        Settings settings = new Settings(
                clinicName,
                "",
                language,
                Duration.ofSeconds(60),
                java.util.Optional.empty(),
                java.util.Optional.empty());
        app = new App(
                settings,
                false,
                false,
                folders,
                TaskRunner.sameThread(),
                TaskRunner.sameThread(),
                s -> new LoadResult(catalog, List.of()),
                clock::get,
                taps);
    }

    void start(Stage stage, double width, double height) {
        // TestFX hands every test the same primary stage: a kiosk-mode test before this one locked it to its own
        // screen's size (1280x800), and a stage sized once keeps that size for a new scene, clipping a 1920x1080
        // walk's lower part out of the window. Each walk sizes the window it asks for.
        stage.setFullScreen(false);
        stage.setWidth(width);
        stage.setHeight(height);
        app.start(stage, new Rectangle2D(0, 0, width, height));
    }

    PatientFlow flow() {
        return app.flow().orElseThrow();
    }

    Screen screen() {
        return app.navigator().currentProperty().get();
    }

    /** Moves the idle clock on and lets the watchdog look at it, as the one-second timeline would. */
    void idleFor(long seconds) {
        clock.addAndGet(seconds * SECOND);
        app.idleGuard().orElseThrow().tick();
    }

    /** Every visible label and button text on the window, in scene order. */
    static List<String> visibleTexts(Parent root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled
                && labeled.getText() != null
                && !labeled.getText().isBlank()) {
            texts.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    /** Pages down the warning signs as a patient does; "none of these: start" opens only once all were in view. */
    static void readToTheEnd(Scene scene) {
        String down = "#" + SafetyScreen.SIGNS_ID + "-scroll" + PageScroller.DOWN_ID_SUFFIX;
        for (int page = 0;
                page < 20 && scene.lookup("#" + SafetyScreen.CONFIRM_ID).isDisabled();
                page++) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            ((ButtonBase) scene.lookup(down)).fire();
        }
        if (scene.lookup("#" + SafetyScreen.CONFIRM_ID).isDisabled()) {
            throw new IllegalStateException("the warning signs never reached their end");
        }
    }

    /** No label is cut short with "…", and nothing visible sticks out past the window's right edge. */
    static void assertNothingCutOrSpilling(Parent root, double windowWidth) {
        LayoutChecks.assertNothingCutOrSpilling(root, windowWidth);
    }
}
