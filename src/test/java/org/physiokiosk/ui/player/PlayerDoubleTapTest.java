package org.physiokiosk.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.player.Phase;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.player.PlayerRun;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.ui.common.ContentChange;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A player button that changes what stands under the finger says so: Begin becomes "next step" in the same place,
 * Pause becomes Resume, "next exercise" brings the next exercise's Begin. Seen on the real kiosk: a double tap on Begin started the
 * exercise and skipped its get-ready countdown with the "next step" that took Begin's place. Such a change is
 * announced as a {@link ContentChange}, so the shell's tap guard keeps the rest of a double tap from acting again;
 * next and previous step change no button and stay as fast as decision 0028 wants them.
 */
@ExtendWith(ApplicationExtension.class)
class PlayerDoubleTapTest {

    private static final long S = 1_000_000_000L;

    private long now = 3 * S;
    private int changes;
    private PlayerScreen screen;

    @Start
    void start(Stage stage) {
        Theme.loadFonts();
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        List<PlannedExercise> plan = List.of(
                PlannedExercise.asWritten(catalog.exercise("sciatica-bridge").orElseThrow()),
                PlannedExercise.asWritten(catalog.exercise("sciatica-sit-up").orElseThrow()));
        screen = new PlayerScreen(
                catalog.poses()::get,
                PlayerRun.withCautions(plan, 0),
                new Messages("nl"),
                FigureStyle.standard(),
                () -> {},
                exercise -> {},
                true,
                () -> now,
                CueSound.silent());
        Scene scene = new Scene(screen.view(), 1280, 800);
        Theme.apply(scene);
        scene.addEventHandler(ContentChange.CHANGED, event -> changes++);
        stage.setScene(scene);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    /** Taps the button and tells whether the tap was announced as a change under the finger. */
    private boolean announced(FxRobot robot, String id) {
        robot.interact(screen::frame);
        int before = changes;
        Finger.tap(robot, "#" + id);
        WaitForAsyncUtils.waitForFxEvents();
        return changes > before;
    }

    @Test
    void aCommandThatChangesTheButtonsTellsTheTapGuard(FxRobot robot) {
        robot.interact(screen::frame);
        assertThat(screen.state().phase()).isEqualTo(Phase.CAUTIONS);
        ButtonBase begin = robot.lookup("#" + PlayerScreen.BEGIN_ID).queryAs(ButtonBase.class);
        robot.interact(() -> {
            for (int page = 0; page < 10 && begin.isDisabled(); page++) {
                ((ButtonBase) robot.lookup("#" + PlayerScreen.CAUTIONS_ID + "-scroll"
                                        + org.physiokiosk.ui.common.PageScroller.DOWN_ID_SUFFIX)
                                .query())
                        .fire();
                begin.getScene().getRoot().applyCss();
                begin.getScene().getRoot().layout();
            }
        });
        assertThat(begin.isDisabled())
                .as("Begin opens once the cautions were read")
                .isFalse();
        assertThat(announced(robot, PlayerScreen.BEGIN_ID)).as("begin").isTrue();
        assertThat(screen.state().phase()).isEqualTo(Phase.GET_READY);
        assertThat(announced(robot, PlayerScreen.PAUSE_ID)).as("pause").isTrue();
        assertThat(announced(robot, PlayerScreen.PAUSE_ID)).as("resume").isTrue();
        // Next and previous step leave the same buttons in place: they tap as fast as the patient likes (0028).
        assertThat(announced(robot, PlayerScreen.NEXT_ID)).as("next step").isFalse();
        assertThat(announced(robot, PlayerScreen.PREVIOUS_ID))
                .as("previous step")
                .isFalse();
        assertThat(announced(robot, PlayerScreen.NEXT_EXERCISE_ID))
                .as("next exercise")
                .isTrue();
        assertThat(screen.state().exerciseIndex()).isEqualTo(1);
        assertThat(announced(robot, PlayerScreen.SKIP_ID))
                .as("skip at the cautions")
                .isTrue();
        assertThat(screen.state().completed()).isTrue();
    }
}
