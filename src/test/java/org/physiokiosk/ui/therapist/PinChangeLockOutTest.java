package org.physiokiosk.ui.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.kiosk.PinVault;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.MovableClock;
import org.physiokiosk.ui.common.DigitPad;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.shell.Navigator;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Change PIN" during the vault's lock-out does what the PIN gate does (PinPadTest): fields, digits and save
 * disabled, the wait counted down on the wall clock pushed in, all enabled again when it ends; and no caret keeps
 * blinking (and JavaFX pulsing) through the wait.
 */
@ExtendWith(ApplicationExtension.class)
class PinChangeLockOutTest {

    private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");

    private final MovableClock clock = new MovableClock(NOON);
    private Navigator navigator;
    private PinChangeScreen screen;

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(new VBox(), 1280, 800);
        Theme.apply(scene);
        navigator = new Navigator(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void leave() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> screen.dispose()).get(); // stops the countdown's ticker
    }

    private void open(String language, PinChangeScreen.Change change, Supplier<Optional<Instant>> lockedUntil) {
        WaitForAsyncUtils.asyncFx(() -> navigator.show(() -> {
            screen = new PinChangeScreen(
                    new Messages(language), TaskRunner.sameThread(), change, clock, lockedUntil, () -> {});
            return screen;
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tick(Duration later) {
        clock.advance(later);
        WaitForAsyncUtils.asyncFx(() -> screen.tick());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Node> form(FxRobot robot) {
        return List.of(
                robot.lookup("#" + PinChangeScreen.OLD_ID).query(),
                robot.lookup("#" + PinChangeScreen.NEW_ID).query(),
                robot.lookup("#" + PinChangeScreen.REPEAT_ID).query(),
                robot.lookup("#" + PinChangeScreen.SAVE_ID).query(),
                robot.lookup("#" + DigitPad.KEY_ID_PREFIX + "5").query(),
                robot.lookup("#" + DigitPad.ERASE_ID).query());
    }

    private String message(FxRobot robot) {
        return robot.lookup("#" + PinChangeScreen.MESSAGE_ID).queryLabeled().getText();
    }

    @Test
    void openedDuringALockOutItIsDisabledCountsDownRestsAndOpensAgainWhenTheWaitEnds(FxRobot robot) throws Exception {
        open(
                "en",
                (old, pin, repeat) -> Optional.empty(),
                () -> Optional.of(clock.now().plus(Duration.ofMinutes(15))));

        assertThat(form(robot)).allMatch(Node::isDisabled);
        assertThat(robot.lookup("#" + PinChangeScreen.BACK_ID).query().isDisabled())
                .as("the way back stays open")
                .isFalse();
        assertThat(message(robot)).startsWith("Too many wrong tries. Wait 15:00;");
        assertThat(form(robot))
                .as("no field keeps the focus, so no caret blinks")
                .noneMatch(Node::isFocused);
        // The caret blinks only in the focus owner; the toolkit-wide rest (Pulses) is not asked here, as an animation
        // another test left running in this JVM would count against this screen.
        assertThat(WaitForAsyncUtils.asyncFx(() -> navigator.host().getScene().getFocusOwner())
                        .get())
                .as("no field holds the focus")
                .isNotInstanceOf(javafx.scene.control.TextInputControl.class);

        tick(Duration.ofMinutes(14));
        assertThat(message(robot)).startsWith("Too many wrong tries. Wait 1:00;");
        assertThat(form(robot)).allMatch(Node::isDisabled);

        tick(Duration.ofMinutes(1));
        assertThat(screen.isLocked()).isFalse();
        assertThat(form(robot)).noneMatch(Node::isDisabled);
        assertThat(message(robot)).isEmpty();
    }

    @Test
    void theWrongCurrentPinThatStartsALockOutDisablesTheFormAtOnce(FxRobot robot) {
        open(
                "nl",
                (old, pin, repeat) -> {
                    throw new PinVault.LockedOut(clock.now().plusSeconds(90)); // as StaffDoor's change answers it
                },
                Optional::empty);
        assertThat(form(robot)).noneMatch(Node::isDisabled);
        for (String digit : List.of("1", "2", "3", "4")) {
            Finger.tap(robot, "#" + DigitPad.KEY_ID_PREFIX + digit);
        }
        Finger.tap(robot, "#" + PinChangeScreen.SAVE_ID);

        assertThat(screen.isLocked()).isTrue();
        assertThat(form(robot)).allMatch(Node::isDisabled);
        assertThat(message(robot)).startsWith("Te veel foute pogingen. Wacht nog 1:30;");

        tick(Duration.ofSeconds(90));
        assertThat(form(robot)).noneMatch(Node::isDisabled);
    }
}
