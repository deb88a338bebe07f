package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentFixtures;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.kiosk.IdleWatchdog;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.ui.common.LookToggles;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.condition.ConditionTab;
import org.physiokiosk.ui.exercise.ExerciseScreen;
import org.physiokiosk.ui.idle.IdleOverlay;
import org.physiokiosk.ui.player.PlayerScreen;
import org.physiokiosk.ui.safety.SafetyScreen;
import org.physiokiosk.ui.start.StartScreen;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The idle question and reset, with time pushed into the watchdog; and a language switch that changes every word. */
@ExtendWith(ApplicationExtension.class)
class IdleResetWalkTest {

    private KioskHarness kiosk;
    private Stage stage;
    private Catalog catalog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        catalog = new ContentLoader().load(List.of(ContentFixtures.base())).catalog();
        kiosk = new KioskHarness(catalog, "nl");
        kiosk.start(stage, 1920, 1080);
    }

    private void tap(FxRobot robot, String id) {
        Finger.tap(robot, "#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void idleFor(long seconds) {
        WaitForAsyncUtils.asyncFx(() -> kiosk.idleFor(seconds));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void walkToTheExercise(FxRobot robot) {
        tap(robot, StartScreen.TAP_ID);
        tap(robot, "condition-back-pain");
        tap(robot, ConditionTab.EXERCISES.buttonId());
        tap(robot, "exercise-bridge");
        tap(robot, SafetyScreen.CONFIRM_ID);
        assertThat(kiosk.screen()).isInstanceOf(ExerciseScreen.class);
    }

    @Test
    void anIdleResetFromTheMiddleOfAnExerciseLeavesNothingBehind(FxRobot robot) {
        walkToTheExercise(robot);
        tap(robot, TopBar.LANGUAGE_ID_PREFIX + "en");
        tap(robot, LookToggles.CONTRAST_ID);
        tap(robot, LookToggles.LARGE_TEXT_ID);
        assertThat(stage.getScene().getRoot().getStyleClass()).contains(Theme.HIGH_CONTRAST, Theme.LARGE_TEXT);
        assertThat(kiosk.flow().safetyConfirmed("back-pain")).isTrue();

        idleFor(59);
        assertThat(robot.lookup("#" + IdleOverlay.CONTINUE_ID).tryQuery())
                .as("not yet")
                .isEmpty();
        idleFor(1);
        assertThat(robot.lookup("#" + IdleOverlay.CONTINUE_ID).tryQuery())
                .as("asks after a minute")
                .isPresent();
        assertThat(robot.lookup("#" + IdleOverlay.COUNTDOWN_ID).queryLabeled().getText())
                .contains("20");
        idleFor(19);
        assertThat(kiosk.screen()).as("still waiting").isInstanceOf(ExerciseScreen.class);
        idleFor(1);

        assertThat(kiosk.screen()).isInstanceOf(StartScreen.class);
        assertThat(robot.lookup("#" + IdleOverlay.ID).tryQuery())
                .as("the question is gone")
                .isEmpty();
        assertThat(robot.lookup("#" + TopBar.LANGUAGE_ID_PREFIX + "nl")
                        .queryAs(javafx.scene.control.ToggleButton.class)
                        .isSelected())
                .as("back to the clinic's language")
                .isTrue();
        assertThat(stage.getScene().getRoot().getStyleClass()).doesNotContain(Theme.HIGH_CONTRAST, Theme.LARGE_TEXT);
        assertThat(kiosk.flow().safetyConfirmed("back-pain"))
                .as("the safety answer is forgotten")
                .isFalse();

        tap(robot, StartScreen.TAP_ID);
        tap(robot, "condition-back-pain");
        assertThat(((org.physiokiosk.ui.condition.ConditionScreen) kiosk.screen()).tab())
                .as("the complaint page opens on its warning signs again")
                .isEqualTo(ConditionTab.WARNINGS);
        tap(robot, ConditionTab.EXERCISES.buttonId());
        tap(robot, "exercise-bridge");
        assertThat(kiosk.screen()).as("the next patient is asked again").isInstanceOf(SafetyScreen.class);
    }

    @Test
    void aRunningExerciseHoldsTheClockAndAPausedOneIsResetLeavingNothingBehind(FxRobot robot) {
        walkToTheExercise(robot);
        tap(robot, TopBar.LANGUAGE_ID_PREFIX + "en");
        // The player runs on the kiosk's clock, so ten minutes pushed in are ten minutes of exercise: play a long plan.
        var bridge = org.physiokiosk.player.PlannedExercise.asWritten(
                catalog.exercises().get("bridge"));
        WaitForAsyncUtils.asyncFx(() -> kiosk.flow().play(java.util.Collections.nCopies(15, bridge)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.screen()).isInstanceOf(PlayerScreen.class);
        assertThat(kiosk.screen().holdsIdleClock()).isTrue();
        idleFor(600);
        assertThat(robot.lookup("#" + IdleOverlay.ID).tryQuery())
                .as("ten minutes of exercise, no question")
                .isEmpty();

        tap(robot, PlayerScreen.PAUSE_ID);
        assertThat(kiosk.screen().holdsIdleClock())
                .as("a paused exercise does not hold the clock")
                .isFalse();
        idleFor(60);
        assertThat(robot.lookup("#" + IdleOverlay.ID).tryQuery())
                .as("a patient who paused may be on the mat: a minute is not enough to get up")
                .isEmpty();
        idleFor(239);
        assertThat(robot.lookup("#" + IdleOverlay.ID).tryQuery()).isEmpty();
        idleFor(1);
        assertThat(robot.lookup("#" + IdleOverlay.CONTINUE_ID).tryQuery())
                .as("asked after five minutes paused")
                .isPresent();
        idleFor(20);

        assertThat(kiosk.screen()).isInstanceOf(StartScreen.class);
        assertThat(kiosk.flow().safetyConfirmed("back-pain")).isFalse();
        assertThat(robot.lookup("#" + TopBar.LANGUAGE_ID_PREFIX + "nl")
                        .queryAs(javafx.scene.control.ToggleButton.class)
                        .isSelected())
                .isTrue();
        assertThat(robot.lookup("#" + PlayerScreen.PAUSE_ID).tryQuery())
                .as("the player is gone")
                .isEmpty();
    }

    @Test
    void continueKeepsThePatientWhereTheyWere(FxRobot robot) {
        walkToTheExercise(robot);
        idleFor(60);
        tap(robot, IdleOverlay.CONTINUE_ID);
        assertThat(robot.lookup("#" + IdleOverlay.ID).tryQuery()).isEmpty();
        assertThat(kiosk.app.idleGuard().orElseThrow().state()).isEqualTo(IdleWatchdog.State.ACTIVE);
        idleFor(30);
        assertThat(kiosk.screen()).isInstanceOf(ExerciseScreen.class);
        assertThat(kiosk.flow().safetyConfirmed("back-pain")).isTrue();
    }

    @Test
    void theStartScreenBetweenVisitsAsksNobodyAnything(FxRobot robot) {
        Screen resting = kiosk.screen();
        assertThat(resting).isInstanceOf(StartScreen.class);

        for (int minute = 0; minute < 10; minute++) {
            idleFor(60);
            assertThat(robot.lookup("#" + IdleOverlay.ID).tryQuery())
                    .as("no question on the resting start screen")
                    .isEmpty();
        }
        assertThat(kiosk.screen())
                .as("not even started over: nothing to forget")
                .isSameAs(resting);

        tap(robot, StartScreen.TAP_ID);
        assertThat(kiosk.screen())
                .as("the first tap of the next patient begins")
                .isNotInstanceOf(StartScreen.class);
    }

    @Test
    void aLookLeftOnTheStartScreenIsPutBackQuietly(FxRobot robot) {
        tap(robot, LookToggles.LARGE_TEXT_ID);
        tap(robot, TopBar.LANGUAGE_ID_PREFIX + "en");
        assertThat(stage.getScene().getRoot().getStyleClass()).contains(Theme.LARGE_TEXT);

        idleFor(60);

        assertThat(robot.lookup("#" + IdleOverlay.ID).tryQuery()).isEmpty();
        assertThat(stage.getScene().getRoot().getStyleClass()).doesNotContain(Theme.LARGE_TEXT);
        assertThat(kiosk.flow().showsTheClinicsDefaults()).isTrue();
        Screen resting = kiosk.screen();
        idleFor(600);
        assertThat(kiosk.screen()).as("put back once, then left alone").isSameAs(resting);
    }

    @Test
    void aScreenThatAsksForPatienceIsLeftAloneThatLong(FxRobot robot) {
        Screen staffAtWork = new Screen() {
            private final StackPane view = new StackPane();

            @Override
            public Parent view() {
                return view;
            }

            @Override
            public Optional<Duration> idlePatience() {
                return Optional.of(Duration.ofMinutes(5));
            }
        };
        WaitForAsyncUtils.asyncFx(() -> kiosk.app.navigator().show(() -> staffAtWork));
        WaitForAsyncUtils.waitForFxEvents();

        idleFor(60);
        idleFor(239);
        assertThat(robot.lookup("#" + IdleOverlay.ID).tryQuery())
                .as("a patient's minute is not enough")
                .isEmpty();
        idleFor(1);
        assertThat(robot.lookup("#" + IdleOverlay.CONTINUE_ID).tryQuery())
                .as("asks after five minutes")
                .isPresent();
        idleFor(20);
        assertThat(kiosk.screen()).isInstanceOf(StartScreen.class);
    }

    @Test
    void aTouchAnywhereStartsTheWaitAgain(FxRobot robot) {
        tap(robot, StartScreen.TAP_ID);
        idleFor(50);
        Finger.tap(robot, "#" + TopBar.BACK_ID);
        WaitForAsyncUtils.waitForFxEvents();
        idleFor(50);
        assertThat(robot.lookup("#" + IdleOverlay.ID).tryQuery()).isEmpty();
    }

    @Test
    void aLanguageSwitchChangesEveryVisibleWord(FxRobot robot) {
        // Words that are the same in both languages: the language names, the clinic, numbers and signs.
        Set<String> same = Set.of(
                "Nederlands",
                "English",
                "Fysio Test",
                "◐",
                "A+",
                "▲",
                "▼",
                "▶  Start",
                "1",
                "2",
                "3",
                "•",
                // the safety check's marks by urgency (UrgencyMarks), each a label of its own
                "⚠",
                "ℹ",
                "PhysioKiosk");
        tap(robot, StartScreen.TAP_ID);
        for (Runnable open : List.<Runnable>of(
                () -> {},
                () -> tap(robot, "condition-back-pain"),
                () -> tap(robot, ConditionTab.ABOUT.buttonId()),
                () -> tap(robot, ConditionTab.HELPS.buttonId()),
                () -> tap(robot, ConditionTab.EXERCISES.buttonId()),
                () -> tap(robot, "exercise-bridge"),
                () -> tap(robot, SafetyScreen.CONFIRM_ID))) {
            open.run();
            String before = kiosk.screen().getClass().getSimpleName();
            Set<String> dutch =
                    new HashSet<>(KioskHarness.visibleTexts(stage.getScene().getRoot()));
            tap(robot, TopBar.LANGUAGE_ID_PREFIX + "en");
            assertThat(kiosk.screen().getClass().getSimpleName())
                    .as("same screen")
                    .isEqualTo(before);
            Set<String> english =
                    new HashSet<>(KioskHarness.visibleTexts(stage.getScene().getRoot()));
            Set<String> unchanged = new HashSet<>(dutch);
            unchanged.retainAll(english);
            unchanged.removeAll(same);
            assertThat(unchanged).as("words not translated on %s", before).isEmpty();
            tap(robot, TopBar.LANGUAGE_ID_PREFIX + "nl");
        }
    }
}
