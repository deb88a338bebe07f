package org.physiokiosk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** What every screen owes a reader at every window size it supports; call on the FX thread after a layout. */
public final class LayoutChecks {

    private LayoutChecks() {}

    /** No label is cut short with "…", and nothing visible sticks out past the window's right edge. */
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
            Node shown = labeled.lookup(".text");
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
