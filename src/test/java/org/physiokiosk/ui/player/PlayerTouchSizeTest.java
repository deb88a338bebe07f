package org.physiokiosk.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.player.PlayerRun;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Everything a patient can tap in the player and its cards (the cautions gate, a step with its page arrows, the
 * corner's switches, the stopped card, the well-done card) is at least as large, both ways, as the kiosk's big
 * button and the player's own buttons, at 1280x800 with the larger text, in every language. The stopped card's
 * "Terug" was a smaller button than the row it replaced (stop card, hostile walk).
 */
@ExtendWith(ApplicationExtension.class)
class PlayerTouchSizeTest {

    private static final long S = 1_000_000_000L;

    @Start
    void start(Stage stage) {
        Theme.loadFonts();
    }

    @Test
    void everyButtonInThePlayerAndItsCardsIsAtLeastTheBigButtonSize(FxRobot robot) {
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        // The one with the most cautions pages at its gate; the longest step pages in the player.
        PlannedExercise first = PlannedExercise.asWritten(catalog.exercises().values().stream()
                .max(java.util.Comparator.comparingInt(e -> e.cautions().size()))
                .orElseThrow());
        PlannedExercise second = PlannedExercise.asWritten(catalog.exercises().get("leaflet-pelvic-tilt-bridge"));
        List<String> small = new ArrayList<>();
        double[] floor = new double[1];
        robot.interact(() -> floor[0] = Math.max(minHeight(Theme.BIG_BUTTON), minHeight(PlayerControls.BUTTON)));
        assertThat(floor[0]).as("the tokens' sizes").isGreaterThanOrEqualTo(80);
        for (String language : Messages.LANGUAGES) {
            robot.interact(() -> {
                long[] clock = {S};
                PlayerScreen screen =
                        screen(catalog, PlayerRun.withCautions(List.of(first, second), 0), language, clock);
                Scene scene = scene(screen);
                ButtonBase begin = (ButtonBase) scene.lookup("#" + PlayerScreen.BEGIN_ID);
                small.addAll(tooSmall(scene, floor[0], language + " cautions"));
                for (int page = 0; page < 10 && begin.isDisabled(); page++) {
                    ((ButtonBase) scene.lookup(
                                    "#" + PlayerScreen.CAUTIONS_ID + "-scroll" + PageScroller.DOWN_ID_SUFFIX))
                            .fire();
                    layout(scene);
                }
                begin.fire();
                clock[0] += 5 * S;
                screen.frame();
                small.addAll(tooSmall(scene, floor[0], language + " step"));
                ((ButtonBase) scene.lookup("#" + PlayerScreen.STOP_ID)).fire();
                layout(scene); // the card sits in a scroll pane: its content joins the scene with the pane's skin
                assertThat(scene.lookup("#" + PlayerScreen.STOPPED_BACK_ID)).isNotNull();
                small.addAll(tooSmall(scene, floor[0], language + " stopped"));
                screen.dispose();

                // Its cautions were measured above: here the way to the end counts.
                PlayerScreen short_ = screen(catalog, PlayerRun.cautionsSeen(List.of(second)), language, clock);
                Scene done = scene(short_);
                for (int i = 0; i < 10_000 && !short_.state().completed(); i++) {
                    clock[0] += S;
                    short_.frame();
                }
                layout(done);
                assertThat(done.lookup("#" + PlayerScreen.DONE_ID)).isNotNull();
                small.addAll(tooSmall(done, floor[0], language + " well done"));
                short_.dispose();
            });
        }
        assertThat(small).isEmpty();
    }

    private static PlayerScreen screen(Catalog catalog, PlayerRun run, String language, long[] clock) {
        return new PlayerScreen(
                        catalog.poses()::get,
                        run,
                        new Messages(language),
                        FigureStyle.standard(),
                        () -> {},
                        exercise -> {},
                        true,
                        () -> clock[0],
                        CueSound.silent())
                .offerLargeText(new SimpleBooleanProperty(true));
    }

    private static Scene scene(PlayerScreen screen) {
        Scene scene = new Scene(screen.view(), 1280, 800);
        Theme.apply(scene);
        scene.getRoot().getStyleClass().add(Theme.LARGE_TEXT);
        layout(scene);
        return scene;
    }

    private static double minHeight(String style) {
        Button probe = new Button("x");
        probe.getStyleClass().add(style);
        Scene scene = new Scene(new StackPane(probe));
        Theme.apply(scene);
        probe.applyCss();
        return probe.getMinHeight();
    }

    private static void layout(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    /** Every visible, enabled-or-not button and toggle on screen narrower or lower than {@code floor}. */
    private static List<String> tooSmall(Scene scene, double floor, String where) {
        layout(scene);
        List<ButtonBase> buttons = new ArrayList<>();
        collect(scene.getRoot(), buttons);
        assertThat(buttons).as(where + ": something to tap").isNotEmpty();
        List<String> small = new ArrayList<>();
        for (ButtonBase button : buttons) {
            Bounds b = button.getLayoutBounds();
            if (b.getWidth() < floor - 0.5 || b.getHeight() < floor - 0.5) {
                small.add(where + ": " + (button.getId() == null ? button.getText() : button.getId()) + " "
                        + Math.round(b.getWidth()) + "x" + Math.round(b.getHeight()) + " < " + floor);
            }
        }
        return small;
    }

    private static void collect(Node node, List<ButtonBase> into) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ButtonBase button) {
            into.add(button);
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }
}
