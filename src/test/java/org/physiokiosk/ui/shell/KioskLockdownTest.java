package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentFixtures;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.LoadResult;
import org.physiokiosk.kiosk.AppFolders;
import org.physiokiosk.kiosk.PinHash;
import org.physiokiosk.kiosk.PinVault;
import org.physiokiosk.kiosk.Settings;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.TapClock;
import org.physiokiosk.ui.common.DigitPad;
import org.physiokiosk.ui.common.LongPress;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.home.HomeScreen;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.start.StartScreen;
import org.physiokiosk.ui.theme.Theme;
import org.physiokiosk.ui.therapist.PinChangeScreen;
import org.physiokiosk.ui.therapist.PinScreen;
import org.physiokiosk.ui.therapist.StaffMenu;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real app in --kiosk on a test stage: the ways out a visitor might try are refused; staff get in by a long press. */
@ExtendWith(ApplicationExtension.class)
class KioskLockdownTest {

    private static final long SECOND = 1_000_000_000L;
    private static final String PIN_HASH = new PinHash().hash("2468".toCharArray());

    @TempDir
    static Path home;

    private final AtomicLong clock = new AtomicLong(1_000 * SECOND);
    private final AtomicInteger escapesSeen = new AtomicInteger();
    private App app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = startLockedKiosk(stage, home, clock);
        // A screen that listened for Esc itself would hear it only if the lock-down let it through.
        stage.getScene().getRoot().addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                escapesSeen.incrementAndGet();
            }
        });
    }

    @AfterEach
    void unlock() {
        WaitForAsyncUtils.asyncFx(() -> {
            app.stop();
            stage.setFullScreen(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A kiosk-mode app at 1280x800 with the test PIN set, content loaded on the same thread, time pushed in. */
    static App startLockedKiosk(Stage stage, Path home, AtomicLong clock) throws java.io.IOException {
        Files.writeString(home.resolve(PinVault.PIN_FILE), PIN_HASH);
        Catalog catalog =
                new ContentLoader().load(List.of(ContentFixtures.base())).catalog();
        Settings settings =
                new Settings("Fysio Test", "", "en", Duration.ofSeconds(60), Optional.empty(), Optional.empty());
        App app = new App(
                settings,
                true,
                false,
                new AppFolders(home),
                TaskRunner.sameThread(),
                TaskRunner.sameThread(),
                s -> new LoadResult(catalog, List.of()),
                clock::get,
                new TapClock());
        app.start(stage, new Rectangle2D(0, 0, 1280, 800));
        return app;
    }

    @Test
    void theKeysAndTheCloseRequestThatWouldEndAKioskAreRefused(FxRobot robot) {
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(stage.getWidth()).isEqualTo(1280);
        assertThat(stage.getHeight()).isEqualTo(800);
        Finger.tap(robot, "#" + StartScreen.TAP_ID);
        assertThat(screen()).isInstanceOf(HomeScreen.class);

        robot.push(KeyCode.ESCAPE);
        robot.push(KeyCode.ALT, KeyCode.F4);
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        robot.push(KeyCode.CONTROL, KeyCode.W);
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(escapesSeen).hasValue(0);
        assertThat(screen()).isInstanceOf(HomeScreen.class);
    }

    @Test
    void aWindowHiddenFromOutsideComesBack() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, stage::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isTrue();
    }

    @Test
    void leavingFullScreenIsTakenBack() {
        WaitForAsyncUtils.asyncFx(() -> stage.setFullScreen(false));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isTrue();
    }

    @Test
    void aLongPressOnTheClinicNameOpensThePinGateAndAShortOneDoesNot(FxRobot robot) {
        Finger.tap(robot, "#" + StartScreen.TAP_ID);
        String clinic = "." + Theme.CLINIC_NAME;

        robot.moveTo(Finger.centre(robot, clinic)).press(MouseButton.PRIMARY);
        clock.addAndGet(LongPress.HOLD_NANOS / 2);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen()).isInstanceOf(HomeScreen.class);

        robot.moveTo(Finger.centre(robot, clinic)).press(MouseButton.PRIMARY);
        clock.addAndGet(LongPress.HOLD_NANOS);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen()).isInstanceOf(PinScreen.class);
        assertThat(robot.lookup("#" + PinScreen.FIELD_ID).tryQuery()).isPresent();
        assertThat(robot.lookup("#" + PinScreen.MESSAGE_ID).queryLabeled().getText())
                .as("the gate says what it opens: the staff menu (leave the kiosk...), not only the builder")
                .isEqualTo("Type your PIN to open the staff menu.");
        assertThat(robot.lookup(".pk-title").queryLabeled().getText()).isEqualTo("Staff");
    }

    @Test
    void theRightPinLeadsToTheStaffMenuAndItsWayBack(FxRobot robot) {
        robot.moveTo(Finger.centre(robot, "." + Theme.START_CLINIC)).press(MouseButton.PRIMARY);
        clock.addAndGet(LongPress.HOLD_NANOS);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen())
                .as("the long press on the start screen does not also begin a visit")
                .isInstanceOf(PinScreen.class);
        for (String digit : List.of("2", "4", "6", "8")) {
            Finger.tap(robot, "#" + PinScreen.KEY_ID_PREFIX + digit);
        }
        Finger.tap(robot, "#" + PinScreen.OK_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen()).isInstanceOf(StaffMenu.class);
        Finger.tap(robot, "#" + StaffMenu.BACK_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen()).isInstanceOf(StartScreen.class);
    }

    @Test
    void theStaffMenuChangesThePinOnlyWithTheCurrentOne(FxRobot robot) {
        robot.moveTo(Finger.centre(robot, "." + Theme.START_CLINIC)).press(MouseButton.PRIMARY);
        clock.addAndGet(LongPress.HOLD_NANOS);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        for (String digit : List.of("2", "4", "6", "8")) {
            Finger.tap(robot, "#" + PinScreen.KEY_ID_PREFIX + digit);
        }
        Finger.tap(robot, "#" + PinScreen.OK_ID);
        Finger.tap(robot, "#" + StaffMenu.CHANGE_PIN_ID);

        fillPinChange(robot, "1111", "13579", "13579");
        assertThat(pinChangeMessage(robot)).isEqualTo(new Messages("en").get("pin.change.wrongOld"));
        fillPinChange(robot, "2468", "13579", "13570");
        assertThat(pinChangeMessage(robot)).isEqualTo(new Messages("en").get("pin.new.different"));
        fillPinChange(robot, "2468", "13579", "13579");
        assertThat(pinChangeMessage(robot)).isEqualTo(new Messages("en").get("pin.change.saved"));

        PinVault vault = new PinVault(home, Optional.empty());
        assertThat(vault.check("13579".toCharArray(), java.time.Instant.now()).matches())
                .isTrue();
    }

    /** Types the three PINs on the change screen's digit pad and taps save (StaffDoorWalkTest too). */
    static void fillPinChange(FxRobot robot, String old, String pin, String repeat) {
        for (String[] field : new String[][] {
            {PinChangeScreen.OLD_ID, old}, {PinChangeScreen.NEW_ID, pin}, {PinChangeScreen.REPEAT_ID, repeat}
        }) {
            Finger.tap(robot, "#" + field[0]);
            for (char digit : field[1].toCharArray()) {
                Finger.tap(robot, "#" + DigitPad.KEY_ID_PREFIX + digit);
            }
        }
        Finger.tap(robot, "#" + PinChangeScreen.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String pinChangeMessage(FxRobot robot) {
        return robot.lookup("#" + PinChangeScreen.MESSAGE_ID)
                .queryAs(javafx.scene.control.Label.class)
                .getText();
    }

    private Object screen() {
        return app.navigator().currentProperty().get();
    }
}
