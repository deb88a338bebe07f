package org.physiokiosk.ui.player;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.player.PlayerRun;
import org.physiokiosk.player.PlayerState;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * A player on a test's stage at a kiosk size, language and text size, on a clock the test pushes on: made, driven
 * and looked at on the FX thread (inside {@code robot.interact}).
 */
final class PlayerOnStage {

    static final long S = 1_000_000_000L;
    static final String SCROLL_ID = PlayerScreen.STEP_TEXT_ID + "-scroll";

    final PlayerScreen screen;
    final Scene scene;
    final BooleanProperty largeText;
    private long now = 7 * S;

    PlayerOnStage(
            Stage stage,
            Catalog catalog,
            List<PlannedExercise> plan,
            String language,
            int width,
            int height,
            boolean large) {
        largeText = new SimpleBooleanProperty(large);
        screen = new PlayerScreen(
                        catalog.poses()::get,
                        PlayerRun.cautionsSeen(plan),
                        new Messages(language),
                        FigureStyle.standard(),
                        () -> {},
                        stoppedIn -> {},
                        false,
                        () -> now,
                        CueSound.silent())
                .offerLargeText(largeText);
        scene = new Scene(screen.view(), width, height);
        Theme.apply(scene);
        largeText.subscribe(on -> {
            scene.getRoot().getStyleClass().remove(Theme.LARGE_TEXT);
            if (on) {
                scene.getRoot().getStyleClass().add(Theme.LARGE_TEXT);
            }
        });
        stage.setScene(scene);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    PlayerState state() {
        return screen.state();
    }

    /** The clock on by {@code nanos} and one frame, as the screen's AnimationTimer would. */
    void jump(long nanos) {
        now += nanos;
        screen.frame();
    }

    /** To the end of the current phase and one frame: the next phase has just begun. */
    void toNextPhase() {
        jump(state().remainingNanos());
    }

    void layout() {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    Node stepText() {
        return scene.lookup("#" + PlayerScreen.STEP_TEXT_ID);
    }

    ScrollPane stepScroll() {
        return (ScrollPane) scene.lookup("#" + SCROLL_ID);
    }

    Node pageDown() {
        return scene.lookup("#" + SCROLL_ID + PageScroller.DOWN_ID_SUFFIX);
    }

    /** The step text's viewport on the scene: what of the text a patient sees without paging. */
    Bounds viewport() {
        Node viewport = stepScroll().lookup(".viewport");
        return viewport.localToScene(viewport.getLayoutBounds());
    }

    /** How far the step text's last line reaches below what its pager shows, in pixels (negative: room left). */
    double textBelowView() {
        Node text = stepText();
        return text.localToScene(text.getLayoutBounds()).getMaxY() - viewport().getMaxY();
    }

    /**
     * How much taller the countdown's room is than its least size, in pixels: what it could still give the step
     * text. 0 when no ring shows.
     */
    double ringToSpare() {
        Node ring = scene.lookup(".pk-player-ring");
        if (ring == null || !ring.isVisible() || !(ring.getParent() instanceof javafx.scene.layout.Region room)) {
            return 0;
        }
        return room.getHeight() - room.minHeight(room.getWidth());
    }

    /**
     * How much more room the step text could have in its column, in pixels: the column's height left empty under
     * its last part, and what the countdown could give.
     */
    double columnToSpare() {
        javafx.scene.Parent column = stepScroll().getParent().getParent().getParent();
        double bottom = 0;
        for (Node child : column.getChildrenUnmodifiable()) {
            if (child.isManaged() && child.isVisible()) {
                bottom = Math.max(bottom, child.getBoundsInParent().getMaxY());
            }
        }
        double inside = column instanceof javafx.scene.layout.Region region
                ? region.getHeight() - region.snappedBottomInset()
                : bottom;
        return inside - bottom + ringToSpare();
    }

    /** Whether ▼ shows and can be tapped. */
    boolean pageDownActive() {
        Node down = pageDown();
        return down != null
                && down.isVisible()
                && !down.isDisabled()
                && down.getParent().isVisible();
    }
}
