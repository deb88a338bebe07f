package org.physiokiosk.ui.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.kiosk.PinVault;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.LayoutChecks;
import org.physiokiosk.testing.MovableClock;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.shell.Navigator;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The staff door's PIN pad at a kiosk's 1280x800: its lock-out (time pushed in), its buttons and its fit. */
@ExtendWith(ApplicationExtension.class)
class PinPadTest {

    private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");

    private final MovableClock clock = new MovableClock(NOON);
    private Stage stage;
    private Navigator navigator;
    private PinScreen pad;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(new VBox(), 1280, 800);
        Theme.apply(scene);
        navigator = new Navigator(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void open(String language, Predicate<String> pin, Supplier<Optional<Instant>> lockedUntil) {
        WaitForAsyncUtils.asyncFx(() -> navigator.show(() -> {
            pad = new PinScreen(
                    new Messages(language),
                    GateOpens.STAFF_MENU,
                    Optional.of(new PinCheck(pin, clock, lockedUntil)),
                    TaskRunner.sameThread(),
                    () -> {},
                    Optional.of(() -> {}));
            return pad;
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tick(Duration later) {
        clock.advance(later);
        WaitForAsyncUtils.asyncFx(() -> pad.tick());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void typeWrongPin(FxRobot robot) {
        for (String digit : List.of("1", "2", "3", "4")) {
            Finger.tap(robot, "#" + PinScreen.KEY_ID_PREFIX + digit);
        }
        Finger.tap(robot, "#" + PinScreen.OK_ID);
    }

    private String message(FxRobot robot) {
        return robot.lookup("#" + PinScreen.MESSAGE_ID).queryLabeled().getText();
    }

    private List<Button> digitsAndOpen(FxRobot robot) {
        return List.of(
                robot.lookup("#" + PinScreen.KEY_ID_PREFIX + "5").queryButton(),
                robot.lookup("#" + PinScreen.KEY_ID_PREFIX + "0").queryButton(),
                robot.lookup("#" + PinScreen.ERASE_ID).queryButton(),
                robot.lookup("#" + PinScreen.OK_ID).queryButton());
    }

    @Test
    void theTryThatLocksThePadDisablesItCountsDownAndItOpensAgainWhenTheWaitEnds(FxRobot robot) {
        AtomicInteger tries = new AtomicInteger();
        open(
                "nl",
                pin -> {
                    if (tries.incrementAndGet() == 5) { // as StaffDoor's check answers the fifth wrong try
                        throw new PinVault.LockedOut(clock.now().plusSeconds(90));
                    }
                    return false;
                },
                Optional::empty);
        for (int i = 0; i < 4; i++) {
            typeWrongPin(robot);
        }
        assertThat(message(robot)).contains("klopt niet");
        assertThat(digitsAndOpen(robot)).noneMatch(Node::isDisabled);

        typeWrongPin(robot);
        assertThat(pad.isLocked()).isTrue();
        assertThat(digitsAndOpen(robot)).allMatch(Node::isDisabled);
        assertThat(robot.lookup("#" + PinScreen.CANCEL_ID).queryButton().isDisabled())
                .as("the way back stays open")
                .isFalse();
        assertThat(message(robot)).startsWith("Te veel foute pogingen. Wacht nog 1:30;");

        Finger.tap(robot, "#" + PinScreen.KEY_ID_PREFIX + "5");
        assertThat(robot.lookup("#" + PinScreen.FIELD_ID).queryLabeled().getText())
                .as("a tap on a disabled digit types nothing")
                .isEmpty();

        tick(Duration.ofSeconds(61));
        assertThat(message(robot)).contains("Wacht nog 0:29;");
        assertThat(digitsAndOpen(robot)).allMatch(Node::isDisabled);

        tick(Duration.ofMillis(28_500));
        assertThat(message(robot)).as("rounded up: never 0:00 while locked").contains("Wacht nog 0:01;");

        tick(Duration.ofMillis(500));
        assertThat(pad.isLocked()).isFalse();
        assertThat(digitsAndOpen(robot)).noneMatch(Node::isDisabled);
        assertThat(message(robot)).isEqualTo("Typ je pincode om het personeelsmenu te openen.");
        assertThat(tries).hasValue(5);
    }

    @Test
    void aGateOpenedDuringALockOutShowsItBeforeAnyoneTypes(FxRobot robot) {
        open("en", pin -> true, () -> Optional.of(clock.now().plus(Duration.ofMinutes(15))));
        assertThat(digitsAndOpen(robot)).allMatch(Node::isDisabled);
        assertThat(message(robot)).startsWith("Too many wrong tries. Wait 15:00;");
        tick(Duration.ofMinutes(15));
        assertThat(digitsAndOpen(robot)).noneMatch(Node::isDisabled);
    }

    @Test
    void backIsTheKiosksOutlinedButtonAndThePadFitsA1280x800ScreenWithAndWithoutLargerText(FxRobot robot)
            throws Exception {
        for (String language : List.of("nl", "en")) {
            for (boolean larger : List.of(false, true)) {
                for (boolean locked : List.of(false, true)) {
                    open(
                            language,
                            pin -> false,
                            () -> locked ? Optional.of(clock.now().plusSeconds(900)) : Optional.empty());
                    WaitForAsyncUtils.asyncFx(() -> {
                        if (larger) {
                            navigator.host().getStyleClass().add(Theme.LARGE_TEXT);
                        } else {
                            navigator.host().getStyleClass().remove(Theme.LARGE_TEXT);
                        }
                        stage.getScene().getRoot().applyCss();
                        stage.getScene().getRoot().layout();
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    String where = language + (larger ? " A+" : "") + (locked ? " locked" : "");
                    WaitForAsyncUtils.asyncFx(() -> {
                                LayoutChecks.assertWithinTheWindowHeight(
                                        stage.getScene().getRoot(), 800);
                                LayoutChecks.assertNothingCutOrSpilling(
                                        stage.getScene().getRoot(), 1280);
                            })
                            .get();
                    Button back = robot.lookup("#" + PinScreen.CANCEL_ID).queryButton();
                    Button ok = robot.lookup("#" + PinScreen.OK_ID).queryButton();
                    assertThat(back.getStyleClass()).as(where).contains(TherapistStyle.PIN_BACK);
                    assertThat(back.getHeight())
                            .as(where + ": back as tall as open")
                            .isEqualTo(ok.getHeight());
                    double bottom = ok.localToScene(ok.getLayoutBounds()).getMaxY();
                    assertThat(bottom)
                            .as(where + ": 'open' clear of the bottom edge")
                            .isLessThan(800 - 8);
                    for (String digit : List.of("1", "8", "0")) { // the skin clips a digit taller than the key's room
                        Button key = robot.lookup("#" + PinScreen.KEY_ID_PREFIX + digit)
                                .queryButton();
                        assertThat(key.lookup(".text").getClip())
                                .as(where + ": digit " + digit + " drawn whole")
                                .isNull();
                    }
                    Labeled message = robot.lookup("#" + PinScreen.MESSAGE_ID).queryLabeled();
                    assertThat(message.getText()).as(where).isNotEmpty();
                }
            }
        }
    }
}
