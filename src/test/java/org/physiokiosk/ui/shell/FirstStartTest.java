package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.kiosk.AppFolders;
import org.physiokiosk.kiosk.FirstSetup;
import org.physiokiosk.kiosk.PinVault;
import org.physiokiosk.kiosk.SettingsFile;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.ui.common.DigitPad;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.setup.SetupScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A kiosk's first start without a PIN: the clinic's name and the PIN twice, then the files, never over the administrator's. */
@ExtendWith(ApplicationExtension.class)
class FirstStartTest {

    @TempDir
    Path home;

    private final AtomicInteger done = new AtomicInteger();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(AppFolders folders) {
        FirstSetup setup = new FirstSetup(folders, new PinVault(folders.home(), Optional.empty()));
        assertThat(setup.needed()).isTrue();
        WaitForAsyncUtils.asyncFx(() -> FirstStart.show(
                stage,
                new Rectangle2D(0, 0, 1280, 800),
                new Messages("en"),
                "",
                setup,
                TaskRunner.sameThread(),
                done::incrementAndGet));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void leaveFullScreen() {
        WaitForAsyncUtils.asyncFx(() -> stage.setFullScreen(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void digits(FxRobot robot, String field, String digits) {
        Finger.tap(robot, "#" + field);
        for (char digit : digits.toCharArray()) {
            Finger.tap(robot, "#" + DigitPad.KEY_ID_PREFIX + digit);
        }
    }

    private String message(FxRobot robot) {
        return robot.lookup("#" + SetupScreen.MESSAGE_ID).queryAs(Label.class).getText();
    }

    @Test
    void theClinicNameAndAPinTypedTwiceAreWrittenAndTheKioskGoesOn(FxRobot robot) throws Exception {
        AppFolders folders = new AppFolders(home.resolve("data"));
        open(folders);

        digits(robot, SetupScreen.PIN_ID, "2468");
        digits(robot, SetupScreen.REPEAT_ID, "2468");
        Finger.tap(robot, "#" + SetupScreen.SAVE_ID);
        assertThat(message(robot)).isEqualTo(new Messages("en").get("setup.clinicMissing"));

        Finger.tap(robot, "#" + SetupScreen.CLINIC_ID).write("Fysio Noord");
        digits(robot, SetupScreen.PIN_ID, "2468");
        digits(robot, SetupScreen.REPEAT_ID, "2469");
        Finger.tap(robot, "#" + SetupScreen.SAVE_ID);
        assertThat(message(robot)).isEqualTo(new Messages("en").get("pin.new.different"));
        assertThat(done).hasValue(0);
        assertThat(Files.exists(folders.home().resolve(PinVault.PIN_FILE))).isFalse();

        digits(robot, SetupScreen.PIN_ID, "2468");
        digits(robot, SetupScreen.REPEAT_ID, "2468");
        Finger.tap(robot, "#" + SetupScreen.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(done).hasValue(1);
        assertThat(SettingsFile.read(folders.settingsFile()).settings().clinicName())
                .isEqualTo("Fysio Noord");
        PinVault vault = new PinVault(folders.home(), Optional.empty());
        assertThat(vault.check("2468".toCharArray(), java.time.Instant.now()).matches())
                .isTrue();
    }

    @Test
    void anExistingSettingsFileIsNeverOverwritten(FxRobot robot) throws Exception {
        AppFolders folders = new AppFolders(home);
        String mine = "clinicName=Praktijk Zuid\nlanguage=en\n";
        Files.writeString(folders.settingsFile(), mine);
        open(folders);

        assertThat(robot.lookup("#" + SetupScreen.CLINIC_ID)
                        .queryAs(TextField.class)
                        .isVisible())
                .as("the file's name is said, not asked")
                .isFalse();
        assertThat(robot.lookup(".pk-pin-message").queryAs(Label.class).getText())
                .contains("Praktijk Zuid");
        digits(robot, SetupScreen.PIN_ID, "97531");
        Finger.tap(robot, "#" + SetupScreen.REPEAT_ID).write("97531");
        Finger.tap(robot, "#" + SetupScreen.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(done).hasValue(1);
        assertThat(Files.readString(folders.settingsFile())).isEqualTo(mine);
        assertThat(Files.exists(home.resolve(PinVault.PIN_FILE))).isTrue();
        try (var files = Files.list(home)) {
            assertThat(files.map(path -> path.getFileName().toString())
                            .filter(name -> name.endsWith(".tmp"))
                            .toList())
                    .isEqualTo(List.of());
        }
    }

    /**
     * An administrator's file that names no clinic (only the idle time, say): the name typed at the first start is
     * added to it, every other line kept. Before, the file was never touched and the name typed was dropped: the
     * kiosk went on greeting patients as "PhysioKiosk".
     */
    @Test
    void aNameTypedIsAddedToASettingsFileThatNamesNoClinic(FxRobot robot) throws Exception {
        AppFolders folders = new AppFolders(home);
        Files.writeString(folders.settingsFile(), "idleSeconds=90\n");
        open(folders);

        Finger.tap(robot, "#" + SetupScreen.CLINIC_ID).write("Fysio Oost");
        digits(robot, SetupScreen.PIN_ID, "97531");
        digits(robot, SetupScreen.REPEAT_ID, "97531");
        Finger.tap(robot, "#" + SetupScreen.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(done).hasValue(1);
        assertThat(Files.readString(folders.settingsFile())).isEqualTo("idleSeconds=90\nclinicName=Fysio Oost\n");
    }

    /**
     * Hostile walk F21: the set-up screen took a name of any length, and a long one cut the start screen. Typing or
     * pasting past the limit is refused and the screen says why, with the limit; what was typed stays.
     */
    @Test
    void aClinicNamePastTheLimitIsRefusedAndTheScreenSaysWhy(FxRobot robot) {
        open(new AppFolders(home.resolve("data")));
        TextField clinic = robot.lookup("#" + SetupScreen.CLINIC_ID).queryAs(TextField.class);
        String longest = "Fysiotherapie Amersfoort ".repeat(4).substring(0, SettingsFile.MAX_CLINIC_NAME_LENGTH);
        robot.interact(() -> clinic.setText(longest));
        assertThat(message(robot)).isEmpty();

        // One more letter, as the on-screen or a real keyboard types it at the end of the field.
        robot.interact(() -> clinic.replaceText(clinic.getLength(), clinic.getLength(), "X"));
        assertThat(clinic.getText()).isEqualTo(longest);
        String why = new Messages("en").get("setup.clinicTooLong");
        assertThat(message(robot)).isEqualTo(why).contains(String.valueOf(SettingsFile.MAX_CLINIC_NAME_LENGTH));
        assertThat(new Messages("nl").get("setup.clinicTooLong"))
                .contains(String.valueOf(SettingsFile.MAX_CLINIC_NAME_LENGTH));

        robot.interact(() -> clinic.setText("Fysio Noord"));
        assertThat(message(robot))
                .as("a name that fits again clears the message")
                .isEmpty();
        robot.interact(() -> clinic.replaceText(0, clinic.getLength(), longest + " en Leusden"));
        assertThat(clinic.getText())
                .as("a paste past the limit is refused whole")
                .isEqualTo("Fysio Noord");
    }
}
