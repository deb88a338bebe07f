package org.physiokiosk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.physiokiosk.ui.theme.Theme;

/** What every screen owes a reader at every window size it supports; call on the FX thread after a layout. */
public final class LayoutChecks {

    private LayoutChecks() {}

    /**
     * No button lies over another where a finger could tap both (hostile walk F22: a page arrow over Start, so
     * taps on the arrow once it disabled started the exercise). Only the parts in view count: what a scroll
     * pane or a clip hides cannot be tapped.
     */
    public static void assertNoButtonOverAnother(Parent root) {
        List<ButtonBase> buttons = new ArrayList<>();
        collectButtons(root, buttons);
        for (int i = 0; i < buttons.size(); i++) {
            for (int j = i + 1; j < buttons.size(); j++) {
                Bounds a = tappable(buttons.get(i));
                Bounds b = tappable(buttons.get(j));
                if (a == null || b == null) {
                    continue;
                }
                double overlapX = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double overlapY = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                assertThat(overlapX > 1 && overlapY > 1)
                        .as("'%s' (%s) lies over '%s' (%s)", label(buttons.get(i)), a, label(buttons.get(j)), b)
                        .isFalse();
            }
        }
    }

    private static void collectButtons(Node node, List<ButtonBase> into) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ButtonBase button) {
            into.add(button);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectButtons(child, into));
        }
    }

    /** Where on the scene a button can be tapped: its bounds less what scroll panes and clips around it hide. */
    private static Bounds tappable(Node node) {
        return VisiblePart.of(node, null);
    }

    /**
     * Rows of like things stand in columns: the n-th node of every row begins at the same x on the scene, and at
     * the same height within its row's {@code rowOf} (e.g. the dose fields of every exercise card, whose side box
     * followed its words and pushed the fields after it aside).
     */
    public static void assertColumnsLineUp(List<List<Node>> rows, java.util.function.Function<Node, Node> rowOf) {
        List<Node> first = rows.get(0);
        for (List<Node> row : rows.subList(1, rows.size())) {
            assertThat(row).hasSameSizeAs(first);
            for (int i = 0; i < first.size(); i++) {
                Bounds expected = first.get(i).localToScene(first.get(i).getLayoutBounds());
                Bounds actual = row.get(i).localToScene(row.get(i).getLayoutBounds());
                assertThat(actual.getMinX())
                        .as(
                                "%s begins at x %.1f, %s at %.1f",
                                row.get(i).getId(),
                                actual.getMinX(),
                                first.get(i).getId(),
                                expected.getMinX())
                        .isCloseTo(expected.getMinX(), org.assertj.core.data.Offset.offset(0.5));
                assertThat(actual.getWidth())
                        .as(
                                "%s is %.1f wide, %s %.1f",
                                row.get(i).getId(),
                                actual.getWidth(),
                                first.get(i).getId(),
                                expected.getWidth())
                        .isCloseTo(expected.getWidth(), org.assertj.core.data.Offset.offset(0.5));
                assertThat(heightIn(row.get(i), rowOf.apply(row.get(i))))
                        .as(
                                "%s stands at another height in its row than %s",
                                row.get(i).getId(), first.get(i).getId())
                        .isCloseTo(
                                heightIn(first.get(i), rowOf.apply(first.get(i))),
                                org.assertj.core.data.Offset.offset(0.5));
            }
        }
    }

    private static double heightIn(Node node, Node row) {
        return node.localToScene(node.getLayoutBounds()).getMinY()
                - row.localToScene(row.getLayoutBounds()).getMinY();
    }

    private static String label(ButtonBase button) {
        return button.getId() != null ? button.getId() : button.getText();
    }

    /**
     * No label is cut short with "…" (but one marked {@link Theme#SHORTENED}, whose whole text is elsewhere), and
     * nothing visible sticks out past the window's right edge.
     */
    public static void assertNothingCutOrSpilling(Parent root, double windowWidth) {
        check(root, windowWidth);
    }

    /**
     * Nothing visible reaches above the window's top or below its bottom edge. Content inside a scroll pane is
     * looked at only as the pane: what it scrolls out of view is meant to be there.
     */
    public static void assertWithinTheWindowHeight(Parent root, double windowHeight) {
        checkHeight(root, windowHeight);
    }

    /**
     * {@code node} is shown and stands whole in the window: it and every parent are visible, it lies inside the
     * scene's bounds, and no scroll pane or clip around it hides any of it. For what a patient must see to go on,
     * e.g. a "read all first" line, the button it unlocks and the ▼ that pages to the end.
     */
    public static void assertWholeInView(Node node, String what) {
        assertThat(node).as("%s is on the screen", what).isNotNull();
        for (Node shown = node; shown != null; shown = shown.getParent()) {
            assertThat(shown.isVisible())
                    .as("%s is shown (%s is hidden)", what, shown)
                    .isTrue();
        }
        javafx.scene.Scene scene = node.getScene();
        Bounds at = node.localToScene(node.getLayoutBounds());
        assertThat(at.getMinX() >= -0.5
                        && at.getMinY() >= -0.5
                        && at.getMaxX() <= scene.getWidth() + 0.5
                        && at.getMaxY() <= scene.getHeight() + 0.5)
                .as("%s (%s) lies inside the %.0fx%.0f window", what, at, scene.getWidth(), scene.getHeight())
                .isTrue();
        Bounds seen = VisiblePart.of(node, null);
        assertThat(seen != null && seen.getHeight() >= at.getHeight() - 0.5 && seen.getWidth() >= at.getWidth() - 0.5)
                .as("%s (%s) is not cut by what is around it (in view: %s)", what, at, seen)
                .isTrue();
    }

    private static void checkHeight(Node node, double windowHeight) {
        if (!node.isVisible()) {
            return;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        assertThat(bounds.getMinY())
                .as("%s begins above the window's top", node)
                .isGreaterThanOrEqualTo(-0.5);
        assertThat(bounds.getMaxY())
                .as("%s ends below the bottom of a window %.0f high", node, windowHeight)
                .isLessThanOrEqualTo(windowHeight + 0.5);
        if (node instanceof Parent parent && !(node instanceof javafx.scene.control.ScrollPane)) {
            parent.getChildrenUnmodifiable().forEach(child -> checkHeight(child, windowHeight));
        }
    }

    private static void check(Node node, double windowWidth) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled
                && labeled.getText() != null
                && !labeled.getText().isEmpty()) {
            Node shown = labeled.getStyleClass().contains(Theme.SHORTENED) ? null : labeled.lookup(".text");
            if (shown instanceof Text text) {
                assertThat(text.getText())
                        .as(
                                "label %s is cut short (%s, %s)",
                                labeled.getText(),
                                labeled.getLayoutBounds(),
                                labeled.getParent().isVisible())
                        .isEqualTo(labeled.getText());
            }
            Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
            assertThat(bounds.getMaxX())
                    .as("'%s' spills past the right edge", labeled.getText())
                    .isLessThanOrEqualTo(windowWidth + 1);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> check(child, windowWidth));
        }
    }
}
