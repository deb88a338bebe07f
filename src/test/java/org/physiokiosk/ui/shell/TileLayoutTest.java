package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.condition.ConditionScreen;
import org.physiokiosk.ui.condition.ConditionTab;
import org.physiokiosk.ui.condition.ExerciseCard;
import org.physiokiosk.ui.home.HomeScreen;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tiles share the width of their row and the screen gives them the room: on the clinic's 1280x800 screen as
 * on 1920x1080 and portrait, in both languages, with normal and larger text, a patient sees every complaint's
 * name without scrolling, and the exercise cards of a complaint fill their rows.
 */
class TileLayoutTest {

    /** Layout rounds to whole pixels; a row "fills" its width when at most this much is left beside it. */
    private static final double ROUNDING = 2;
    /**
     * A tile's picture at 1280x800 and up: 105 px at the least now (English at 1280x800); at 72-90 px it was a
     * thumbnail.
     */
    private static final double LEAST_PICTURE = 96;

    private static Catalog bundled;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        bundled = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
    }

    @ParameterizedTest
    @CsvSource({
        "1280, 800, nl, false", "1280, 800, en, false", "1280, 800, nl, true", "1280, 800, en, true",
        "1920, 1080, nl, false", "1920, 1080, en, false", "1920, 1080, nl, true", "1920, 1080, en, true",
        "1080, 1920, nl, false", "1080, 1920, en, true"
    })
    void everyComplaintTitleIsInViewWithoutScrolling(double width, double height, String language, boolean large)
            throws Exception {
        onFx(() -> {
            Stage stage = new Stage();
            KioskHarness kiosk = new KioskHarness(bundled, language);
            kiosk.start(stage, width, height);
            kiosk.flow().look().largeTextProperty().set(large);
            kiosk.flow().showHome();
            Scene scene = stage.getScene();
            settle(scene);
            ScrollPane tiles = (ScrollPane) scene.lookup("#" + HomeScreen.TILES_ID);
            assertThat(tiles.getVvalue()).isZero();
            Bounds viewport = viewportInScene(tiles);
            for (String id : bundled.conditions().keySet()) {
                Node tile = scene.lookup("#" + HomeScreen.TILE_ID_PREFIX + id);
                Node title = tile.lookup("." + Theme.TILE_TITLE);
                Bounds shown = title.localToScene(title.getLayoutBounds());
                assertThat(shown.getMinY())
                        .as("the top of %s's title", id)
                        .isGreaterThanOrEqualTo(viewport.getMinY() - ROUNDING);
                assertThat(shown.getMaxY())
                        .as("the bottom of %s's title (viewport %s)", id, viewport)
                        .isLessThanOrEqualTo(viewport.getMaxY() + ROUNDING);
                assertThat(shown.getMaxX()).as("%s's title right edge", id).isLessThanOrEqualTo(viewport.getMaxX());
                assertThat(tile.getLayoutBounds().getHeight())
                        .as("%s is a large target", id)
                        .isGreaterThan(60);
            }
            if (!large && width > height && language.equals("nl")) {
                // At the usual text size the tiles fit whole, and so the page arrows stay away and leave the
                // tiles their width (once shown, they kept the tiles narrow and the text cut).
                assertThat(arrowsShown(scene))
                        .as("page arrows beside tiles that fit")
                        .isFalse();
            }
            Node myProgram = scene.lookup("#" + HomeScreen.MY_PROGRAM_ID);
            assertThat(myProgram.getLayoutBounds().getHeight())
                    .as("'my program' is a large target")
                    .isGreaterThanOrEqualTo(60);
            KioskHarness.assertNothingCutOrSpilling(scene.getRoot(), width);
            kiosk.app.stop();
            stage.close();
        });
    }

    /**
     * At the usual text size on the common landscape screens, each complaint is whole without paging, in both
     * languages: picture, name and the last line of its description inside the view, no page arrows. The
     * pictures are no thumbnails: patients who read little Dutch pick a complaint by them. (At 1280x800 the
     * English low-back tile's description ran on below the ▼, and the pictures were 72-85 px tall.)
     */
    @ParameterizedTest
    @CsvSource({"1280, 800, nl", "1280, 800, en", "1366, 768, nl", "1366, 768, en", "1920, 1080, nl", "1920, 1080, en"})
    void everyComplaintIsWholeWithoutPaging(double width, double height, String language) throws Exception {
        onFx(() -> {
            Stage stage = new Stage();
            KioskHarness kiosk = new KioskHarness(bundled, language);
            kiosk.start(stage, width, height);
            kiosk.flow().showHome();
            Scene scene = stage.getScene();
            settle(scene);
            String what = "%s at %.0fx%.0f".formatted(language, width, height);
            assertThat(arrowsShown(scene))
                    .as("%s: page arrows on the complaints", what)
                    .isFalse();
            Bounds viewport = viewportInScene((ScrollPane) scene.lookup("#" + HomeScreen.TILES_ID));
            for (String id : bundled.conditions().keySet()) {
                Node tile = scene.lookup("#" + HomeScreen.TILE_ID_PREFIX + id);
                Bounds box = tile.localToScene(tile.getLayoutBounds());
                Node text = tile.lookup("." + Theme.TILE_TEXT);
                Bounds end = text.localToScene(text.getLayoutBounds());
                assertThat(end.getMaxY())
                        .as("%s: the end of %s's description (view ends at %.0f)", what, id, viewport.getMaxY())
                        .isLessThanOrEqualTo(Math.min(viewport.getMaxY(), box.getMaxY()) + ROUNDING);
                Node picture = tile.lookup("." + Theme.TILE_FIGURE);
                assertThat(picture.getLayoutBounds().getHeight())
                        .as("%s: %s's picture is more than a thumbnail", what, id)
                        .isGreaterThanOrEqualTo(LEAST_PICTURE);
            }
            kiosk.app.stop();
            stage.close();
        });
    }

    /**
     * Larger text on and off again, on the same screen: the tiles fit whole again, without page arrows. The
     * arrows once shown made the tiles narrower, so taller, so they stayed, and the text stayed cut.
     */
    @Test
    void largerTextOnAndOffLeavesTheTilesWhole() throws Exception {
        Stage[] stage = new Stage[1];
        KioskHarness[] kiosk = new KioskHarness[1];
        onFx(() -> {
            stage[0] = new Stage();
            kiosk[0] = new KioskHarness(bundled, "nl");
            kiosk[0].start(stage[0], 1280, 800);
            kiosk[0].flow().showHome();
            settle(stage[0].getScene());
            kiosk[0].flow().look().largeTextProperty().set(true);
            settle(stage[0].getScene());
        });
        onFx(() -> settle(stage[0].getScene()));
        onFx(() -> {
            Scene scene = stage[0].getScene();
            assertThat(arrowsShown(scene)).as("larger text needs the arrows").isTrue();
            kiosk[0].flow().look().largeTextProperty().set(false);
            settle(scene);
        });
        onFx(() -> settle(stage[0].getScene()));
        onFx(() -> {
            Scene scene = stage[0].getScene();
            assertThat(arrowsShown(scene))
                    .as("page arrows beside tiles that fit again")
                    .isFalse();
            Bounds viewport = viewportInScene((ScrollPane) scene.lookup("#" + HomeScreen.TILES_ID));
            for (String id : bundled.conditions().keySet()) {
                Node text = scene.lookup("#" + HomeScreen.TILE_ID_PREFIX + id).lookup("." + Theme.TILE_TEXT);
                assertThat(text.localToScene(text.getLayoutBounds()).getMaxY())
                        .as("the end of %s's description", id)
                        .isLessThanOrEqualTo(viewport.getMaxY() + ROUNDING);
            }
            kiosk[0].app.stop();
            stage[0].close();
        });
    }

    private static boolean arrowsShown(Scene scene) {
        return scene.lookup("#" + HomeScreen.TILES_ID + PageScroller.DOWN_ID_SUFFIX)
                .isVisible();
    }

    @ParameterizedTest
    @CsvSource({
        "1280, 800, nl, false",
        "1280, 800, en, true",
        "1920, 1080, nl, false",
        "1920, 1080, en, true",
        "1080, 1920, nl, false"
    })
    void exerciseCardsShareTheirRows(double width, double height, String language, boolean large) throws Exception {
        onFx(() -> {
            Stage stage = new Stage();
            KioskHarness kiosk = new KioskHarness(bundled, language);
            kiosk.start(stage, width, height);
            kiosk.flow().look().largeTextProperty().set(large);
            kiosk.flow().showCondition(bundled.conditions().get("low-back-pain"));
            Scene scene = stage.getScene();
            ((ButtonBase) scene.lookup("#" + ConditionTab.EXERCISES.buttonId())).fire();
            settle(scene);
            Node first = scene.lookup("." + Theme.EXERCISE_CARD);
            Region flow = (Region) first.getParent();
            List<Node> cards = flow.getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof ExerciseCard)
                    .toList();
            assertThat(cards).hasSizeGreaterThan(3);
            Map<Double, List<Node>> rows = new TreeMap<>();
            for (Node card : cards) {
                rows.computeIfAbsent(card.getLayoutY(), y -> new java.util.ArrayList<>())
                        .add(card);
            }
            double inner = flow.getWidth() - flow.snappedLeftInset() - flow.snappedRightInset();
            int index = 0;
            for (List<Node> row : rows.values()) {
                if (++index == rows.size()) {
                    break; // the last row may be partly empty: no tiles follow
                }
                double left = row.stream()
                        .mapToDouble(n -> n.getBoundsInParent().getMinX())
                        .min()
                        .orElseThrow();
                double right = row.stream()
                        .mapToDouble(n -> n.getBoundsInParent().getMaxX())
                        .max()
                        .orElseThrow();
                double empty = inner - (right - left);
                double card = row.get(0).getLayoutBounds().getWidth();
                assertThat(empty)
                        .as("row %d of %d leaves %.0f of %.0f px empty", index, rows.size(), empty, inner)
                        .isLessThan(card)
                        .isLessThanOrEqualTo(ROUNDING);
            }
            if (width > height) {
                ScrollPane part = (ScrollPane) scene.lookup("#" + ConditionScreen.PART_ID);
                Bounds viewport = viewportInScene(part);
                Node top = cards.stream()
                        .min(Comparator.comparingDouble(Node::getLayoutY))
                        .orElseThrow();
                Node title = top.lookup("." + Theme.EXERCISE_TITLE);
                assertThat(title.localToScene(title.getLayoutBounds()).getMaxY())
                        .as("the first row's exercise names are in view")
                        .isLessThanOrEqualTo(viewport.getMaxY());
            }
            KioskHarness.assertNothingCutOrSpilling(scene.getRoot(), width);
            kiosk.app.stop();
            stage.close();
        });
    }

    private static Bounds viewportInScene(ScrollPane pane) {
        Node viewport = pane.lookup(".viewport");
        return viewport.localToScene(viewport.getLayoutBounds());
    }

    /** Two passes, as on the next pulse: layouts that reflow on their width settle on the second. */
    private static void settle(Scene scene) {
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        root.layout();
        root.layout();
    }

    private static void onFx(Runnable walk) throws InterruptedException, ExecutionException {
        WaitForAsyncUtils.asyncFx(walk).get();
    }
}
