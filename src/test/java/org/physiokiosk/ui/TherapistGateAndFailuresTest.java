package org.physiokiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.program.ProgramStoreException;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.ui.builder.BuilderScreen;
import org.physiokiosk.ui.builder.BuilderServices;
import org.physiokiosk.ui.builder.HandoutOutput;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.shell.Navigator;
import org.physiokiosk.ui.shell.TherapistFlow;
import org.physiokiosk.ui.theme.Theme;
import org.physiokiosk.ui.therapist.PinScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The gate without a PIN set, the PIN typed on a keyboard, and a save that fails without losing work. */
@ExtendWith(ApplicationExtension.class)
class TherapistGateAndFailuresTest {

    private static final Catalog CATALOG =
            new ContentLoader().loadBundledAnd(Optional.empty()).catalog();

    private Navigator navigator;
    private Messages messages;
    /** What the print dialog and printer behind the builder's Print do in a test. */
    private java.util.concurrent.Callable<HandoutOutput.Printed> printing = () -> {
        throw new UnsupportedOperationException();
    };

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(new VBox(), 1920, 1080);
        Theme.apply(scene);
        navigator = new Navigator(scene);
        messages = new Messages("en");
        stage.setScene(scene);
        stage.show();
    }

    private BuilderServices services(ProgramStore store) {
        HandoutOutput handout = new HandoutOutput() {
            @Override
            public byte[] pdf(Program program) {
                throw new UnsupportedOperationException("no renderer in this test");
            }

            @Override
            public Printed print(Program program) throws Exception {
                return printing.call();
            }
        };
        return new BuilderServices(
                CATALOG,
                store,
                Optional.empty(),
                handout,
                TaskRunner.sameThread(),
                TaskRunner.sameThread(),
                name -> Optional.empty(),
                question -> true,
                Clock.systemUTC(),
                Duration.millis(1));
    }

    private void open(Optional<java.util.function.Predicate<String>> pin, Optional<Runnable> back) {
        WaitForAsyncUtils.asyncFx(() -> new TherapistFlow(
                        services(new FailingStore()),
                        messages,
                        navigator,
                        pin.map(org.physiokiosk.ui.therapist.PinCheck::withoutLockOut),
                        "en",
                        back)
                .show());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aKioskWithoutAPinSaysHowToSetOneAndStaysShut(FxRobot robot) {
        open(Optional.empty(), Optional.of(() -> {}));
        assertThat(navigator.currentProperty().get()).isInstanceOf(PinScreen.class);
        assertThat(robot.lookup("#" + PinScreen.MESSAGE_ID).queryAs(Label.class).getText())
                .contains("therapistPinHash=");
        assertThat(robot.lookup("#" + PinScreen.FIELD_ID).tryQuery()).isEmpty();
    }

    @Test
    void thePinCanBeTypedOnAKeyboard(FxRobot robot) {
        open(Optional.of("97531"::equals), Optional.empty());
        assertThat(robot.lookup("#" + PinScreen.MESSAGE_ID).queryAs(Label.class).getText())
                .as("the desk's gate opens the builder and says so")
                .isEqualTo("Type your PIN to build an exercise program.");
        Finger.tap(robot, "#" + PinScreen.FIELD_ID).write("97531").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(navigator.currentProperty().get()).isInstanceOf(BuilderScreen.class);
    }

    @Test
    void thePinShowsAsDotsAndAScreenReaderHearsHowManyDigits(FxRobot robot) {
        open(Optional.of("97531"::equals), Optional.empty());
        Label display = robot.lookup("#" + PinScreen.FIELD_ID).queryAs(Label.class);
        assertThat(display.isFocused())
                .as("a desk keyboard types in straight away")
                .isTrue();
        assertThat(display.getAccessibleText()).isEqualTo("PIN");
        robot.write("9a75").type(KeyCode.BACK_SPACE); // a letter is not taken
        Finger.tap(robot, "#" + PinScreen.KEY_ID_PREFIX + "5");
        robot.write("31");
        assertThat(display.getText()).isEqualTo("● ● ● ● ●");
        assertThat(display.getAccessibleText()).isEqualTo("PIN: 5 digits typed");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(navigator.currentProperty().get()).isInstanceOf(BuilderScreen.class);
    }

    @Test
    void aFailedSaveKeepsTheWorkAndSaysSo(FxRobot robot) throws Exception {
        open(Optional.empty(), Optional.empty()); // a desk PC without a PIN opens the builder directly
        BuilderScreen builder = (BuilderScreen) navigator.currentProperty().get();
        @SuppressWarnings("unchecked")
        ListView<Object> library = robot.lookup("#builder-library").queryAs(ListView.class);
        robot.doubleClickOn(
                Finger.centre(robot.from(library).lookup(".list-cell").nth(0).queryAs(Node.class)));
        assertThat(builder.program().items()).hasSize(1);
        assertThat(robot.lookup("#builder-preview-status").queryAs(Label.class).getText())
                .as("no renderer: a calm message instead of pages")
                .contains("not available");

        Finger.tap(robot, "#builder-save");
        waitForStatus(robot, status -> status.contains("did not work"));
        assertThat(robot.lookup("#builder-status").queryAs(Label.class).getText())
                .contains("is full")
                .doesNotContain("No space left");
        assertThat(builder.program().items()).hasSize(1);
        assertThat(robot.lookup("#builder-unsaved").queryAs(Label.class).isVisible())
                .isTrue();
    }

    @Test
    void printingOnAComputerWithoutAPrinterSaysSoAndAClosedDialogIsNotAFailure(FxRobot robot) throws Exception {
        printing = () -> {
            throw new HandoutOutput.NoPrinterException(new java.awt.print.PrinterException("no printer is set up"));
        };
        open(Optional.empty(), Optional.empty());
        @SuppressWarnings("unchecked")
        ListView<Object> library = robot.lookup("#builder-library").queryAs(ListView.class);
        robot.doubleClickOn(
                Finger.centre(robot.from(library).lookup(".list-cell").nth(0).queryAs(Node.class)));

        Finger.tap(robot, "#builder-print");
        waitForStatus(robot, status -> status.equals(messages.get("builder.print.noPrinter")));

        printing = () -> HandoutOutput.Printed.CANCELLED;
        Finger.tap(robot, "#builder-print");
        waitForStatus(robot, status -> status.equals(messages.get("builder.print.cancelled")));

        printing = () -> HandoutOutput.Printed.SENT;
        Finger.tap(robot, "#builder-print");
        waitForStatus(robot, status -> status.equals(messages.get("builder.print.done")));
    }

    /** Waits up to five seconds for the builder's status line to say what {@code expected} looks for. */
    private static void waitForStatus(FxRobot robot, java.util.function.Predicate<String> expected)
            throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> expected.test(
                        robot.lookup("#builder-status").queryAs(Label.class).getText()));
    }

    /** A store whose every call fails, as a full or unplugged disk would. */
    private static final class FailingStore implements ProgramStore {
        @Override
        public Listing list() throws ProgramStoreException {
            return new Listing(List.of(), List.of());
        }

        @Override
        public Optional<Program> load(String id) throws ProgramStoreException {
            throw new ProgramStoreException("disk full");
        }

        @Override
        public Program save(Program program) throws ProgramStoreException {
            throw new ProgramStoreException("disk full", new java.io.IOException("No space left on device"));
        }

        @Override
        public void delete(String id) throws ProgramStoreException {
            throw new ProgramStoreException("disk full");
        }
    }
}
