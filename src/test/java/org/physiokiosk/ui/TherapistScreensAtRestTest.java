package org.physiokiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.Pulses;
import org.physiokiosk.testing.TempFolders;
import org.physiokiosk.testing.TherapistDesk;
import org.physiokiosk.ui.therapist.PinScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The therapist's screens left standing (the PIN pad, the builder and its tabs) rest once their entrance is over.
 * The PIN pad stands on the kiosk until the idle guard sends it back, with its PIN display focused: it must not
 * pulse at all. On the builder (a desk screen) the only thing allowed to keep JavaFX pulsing is the caret blinking
 * in a focused text field (JavaFX's own endless Timeline, 60 pulses a second and two pictures); with the focus off
 * the text fields it rests like the patient's screens. {@code PK-REST} lines give each screen's counts
 * (docs/benchmarks.md, "Screens at rest").
 */
@ExtendWith(ApplicationExtension.class)
class TherapistScreensAtRestTest {

    private static final String PIN = "2468";
    private static final long SPAN_MS = Long.getLong("rest.spanMs", 1_500);

    private final List<String> restless = new ArrayList<>();
    private Path folder;
    private Scene scene;
    private Pulses pulses;

    @Start
    void start(Stage stage) {
        folder = TempFolders.create("therapist-rest");
        // Same-thread work (the desk's default): a list or preview arriving from a worker during the span would be a
        // pulse the screen did not cause.
        TherapistDesk desk = TherapistDesk.in(folder).confirm(question -> false).withCodes();
        desk.open(stage, 1920, 1080, Optional.of(PIN::equals), Optional.empty());
        scene = stage.getScene();
        pulses = Pulses.on(scene);
    }

    @AfterEach
    void removeFolder() {
        TempFolders.remove(folder);
    }

    @Test
    void onlyAFocusedTextFieldsCaretKeepsATherapistsScreenPulsing(FxRobot robot) throws Exception {
        atRest("PIN pad, as it opens", false);
        assertThat(Pulses.onFx(() -> scene.getFocusOwner().getId()))
                .as("typing on a desk keyboard goes to the PIN")
                .isEqualTo(PinScreen.FIELD_ID);
        for (char digit : PIN.toCharArray()) {
            Finger.tap(robot, "#" + PinScreen.KEY_ID_PREFIX + digit);
        }
        atRest("PIN pad, typed", false);
        Finger.tap(robot, "#" + PinScreen.OK_ID);
        org.testfx.util.WaitForAsyncUtils.waitFor(
                10,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#builder-search").tryQuery().isPresent());
        atRest("builder, library", true);
        Finger.tap(robot, "#builder-tab-saved");
        atRest("builder, saved programs", true);
        Finger.tap(robot, "#builder-tab-templates");
        atRest("builder, templates", true);

        assertThat(restless).as("screens pulsing at rest for more than a caret").isEmpty();
    }

    /** {@code caretAllowed}: a focused text field's blinking caret may keep the screen pulsing (a desk screen). */
    private void atRest(String screen, boolean caretAllowed) throws InterruptedException {
        List<String> running = Pulses.awaitRest(10); // a caret never rests: this waits the whole 10 s there
        boolean caret = Pulses.onFx(() -> scene.getFocusOwner() instanceof TextInputControl);
        long pulses0 = pulses.pulses();
        long painted0 = pulses.painted();
        Thread.sleep(SPAN_MS);
        long pulsed = pulses.pulses() - pulses0;
        long painted = pulses.painted() - painted0;
        String line = String.format(
                Locale.ROOT,
                "PK-REST %-32s pulses %4d (%5.1f/s)  painted %4d (%5.2f/s) over %d ms; focus %s%s",
                screen,
                pulsed,
                pulsed * 1000.0 / SPAN_MS,
                painted,
                painted * 1000.0 / SPAN_MS,
                SPAN_MS,
                Pulses.onFx(() -> String.valueOf(scene.getFocusOwner())),
                running.isEmpty() ? "" : "; still running: " + running);
        System.out.println(line);
        boolean onlyTheCaret =
                caretAllowed && caret && running.size() == 1 && running.get(0).startsWith("javafx.animation.Timeline");
        if ((pulsed > 0 || !running.isEmpty()) && !onlyTheCaret) {
            restless.add(line);
        }
    }
}
