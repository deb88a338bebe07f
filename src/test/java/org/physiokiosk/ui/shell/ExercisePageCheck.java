package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.exercise.ExerciseScreen;

/**
 * What a patient sees of one exercise page, measured on the scene: which part of the cautions box has been
 * inside the window (and inside every scroll pane around it), where Start and the page buttons are.
 */
final class ExercisePageCheck {

    private static final String STEPS_ARROWS = "#" + ExerciseScreen.STEPS_ID + "-scroll";
    private static final String SIDE_DOWN = "#" + ExerciseScreen.CAUTIONS_ID + "-scroll" + PageScroller.DOWN_ID_SUFFIX;

    /**
     * The most room between the last step card in view and the dose under it: the columns' gap, the steps'
     * bottom padding and a little; an exercise with few steps left ~500 px there on a portrait screen.
     */
    private static final double MOST_BAND = 96;

    private final Scene scene;
    private final String what;
    /** Parts of the cautions box (top and bottom, in its own coordinates) that have been in view. */
    private final List<double[]> seen = new ArrayList<>();

    ExercisePageCheck(Scene scene, String what) {
        this.scene = scene;
        this.what = what;
    }

    /** The exercise whose cautions are the most text in {@code language}: the hardest case for the page. */
    static Exercise longestCautions(Catalog catalog, String language) {
        return catalog.exercises().values().stream()
                .max(Comparator.comparingInt(exercise -> exercise.cautions().stream()
                        .mapToInt(caution -> caution.in(language).length())
                        .sum()))
                .orElseThrow();
    }

    /**
     * Start can only be pressed once every line of the cautions has been in view: either they are whole on the
     * page at once, or the side column pages with its own large ▼ and Start waits for the end. The dose is whole
     * in the window on arrival, Start throughout.
     *
     * @return how many times ▼ was pressed before Start could be pressed
     */
    int assertCautionsReadBeforeStart() {
        Node start = scene.lookup("#" + ExerciseScreen.START_ID);
        settle();
        assertWholeInWindow(scene.lookup("#" + ExerciseScreen.DOSE_ID), "the dose, on arrival,");
        int pages = 0;
        for (; pages <= 20; pages++) {
            settle();
            assertWholeInWindow(start, "Start");
            remember();
            if (!start.isDisabled()) {
                break;
            }
            Node down = scene.lookup(SIDE_DOWN);
            assertThat(down)
                    .as("%s: Start waits, so the cautions page with their own ▼", what)
                    .isNotNull();
            assertThat(down.isVisible())
                    .as("%s: the cautions' ▼ is shown", what)
                    .isTrue();
            assertWholeInWindow(down, "the cautions' ▼");
            assertThat(down.getLayoutBounds().getHeight())
                    .as("%s: the cautions' ▼ is a large target", what)
                    .isGreaterThanOrEqualTo(64);
            ((ButtonBase) down).fire();
        }
        assertThat(start.isDisabled()).as("%s: Start opens after paging", what).isFalse();
        Node cautions = scene.lookup("#" + ExerciseScreen.CAUTIONS_ID);
        double height = cautions.getLayoutBounds().getHeight();
        double reached = 0;
        seen.sort(Comparator.comparingDouble(part -> part[0]));
        for (double[] part : seen) {
            assertThat(part[0])
                    .as(
                            "%s: the cautions from %.0f to %.0f of %.0f were never in view before Start",
                            what, reached, part[0], height)
                    .isLessThanOrEqualTo(reached + 1);
            reached = Math.max(reached, part[1]);
        }
        assertThat(reached)
                .as("%s: the cautions below %.0f of %.0f were never in view before Start", what, reached, height)
                .isGreaterThanOrEqualTo(height - 1);
        return pages;
    }

    /**
     * The steps' ▲/▼ (when shown) belong to the steps: nearer the step cards than the side column, and not in
     * the strip between the two columns.
     */
    void assertStepArrowsAtTheSteps() {
        settle();
        Bounds cards = sceneBounds(scene.lookup("#" + ExerciseScreen.STEPS_ID));
        Bounds side = sceneBounds(scene.lookup("#" + ExerciseScreen.START_ID).getParent());
        for (String suffix : List.of(PageScroller.UP_ID_SUFFIX, PageScroller.DOWN_ID_SUFFIX)) {
            Node arrow = scene.lookup(STEPS_ARROWS + suffix);
            if (arrow == null || !arrow.isVisible() || !arrow.getParent().isVisible()) {
                continue;
            }
            Bounds at = sceneBounds(arrow);
            assertThat(distance(at, cards))
                    .as(
                            "%s: the steps' %s is nearer the step cards (%s) than the side column (%s)",
                            what, suffix, at, side)
                    .isLessThan(distance(at, side));
            boolean besideEachOther = side.getMinX() >= cards.getMaxX();
            if (besideEachOther) {
                assertThat(at.getMinX() >= cards.getMaxX() && at.getMaxX() <= side.getMinX())
                        .as("%s: the steps' %s stands between the steps and the side column", what, suffix)
                        .isFalse();
            }
        }
    }

    /** Under the steps (a portrait screen), the dose follows the last step card in view: no empty band between. */
    void assertDoseFollowsTheSteps() {
        settle();
        Parent cards = (Parent) scene.lookup("#" + ExerciseScreen.STEPS_ID);
        double lastCard = cards.getChildrenUnmodifiable().stream()
                .mapToDouble(card -> sceneBounds(card).getMaxY())
                .max()
                .orElseThrow();
        Node pane = cards;
        while (!(pane instanceof ScrollPane)) {
            pane = pane.getParent();
        }
        double stepsEnd =
                Math.min(lastCard, sceneBounds(viewport((ScrollPane) pane)).getMaxY());
        double dose = sceneBounds(scene.lookup("#" + ExerciseScreen.DOSE_ID)).getMinY();
        assertThat(dose - stepsEnd)
                .as("%s: the room between the steps (to %.0f) and the dose (from %.0f)", what, stepsEnd, dose)
                .isBetween(0.0, MOST_BAND);
    }

    private void remember() {
        Node cautions = scene.lookup("#" + ExerciseScreen.CAUTIONS_ID);
        Bounds box = sceneBounds(cautions);
        Bounds visible = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        for (Node at = cautions.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane pane) {
                visible = intersection(visible, sceneBounds(viewport(pane)));
            }
        }
        Bounds shown = intersection(box, visible);
        if (shown.getHeight() > 0 && shown.getMinX() <= box.getMinX() + 1 && shown.getMaxX() >= box.getMaxX() - 1) {
            seen.add(new double[] {shown.getMinY() - box.getMinY(), shown.getMaxY() - box.getMinY()});
        }
    }

    private void assertWholeInWindow(Node node, String name) {
        Bounds bounds = sceneBounds(node);
        assertThat(bounds.getMinY() >= -1
                        && bounds.getMaxY() <= scene.getHeight() + 1
                        && bounds.getMinX() >= -1
                        && bounds.getMaxX() <= scene.getWidth() + 1)
                .as(
                        "%s: %s %s is whole inside the %.0fx%.0f window",
                        what, name, bounds, scene.getWidth(), scene.getHeight())
                .isTrue();
    }

    private void settle() {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        scene.getRoot().layout();
    }

    private static Node viewport(ScrollPane pane) {
        return pane.getChildrenUnmodifiable().stream()
                .filter(child -> child.getStyleClass().contains("viewport"))
                .findFirst()
                .orElse(pane);
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    /** The gap between two boxes (0 when they touch or overlap). */
    private static double distance(Bounds a, Bounds b) {
        double dx = Math.max(0, Math.max(a.getMinX() - b.getMaxX(), b.getMinX() - a.getMaxX()));
        double dy = Math.max(0, Math.max(a.getMinY() - b.getMaxY(), b.getMinY() - a.getMaxY()));
        return Math.hypot(dx, dy);
    }
}
