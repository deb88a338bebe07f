package org.physiokiosk.ui.builder;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Brings a field the therapist must fix into view and gives it the focus: every scroll pane around it scrolls
 * just far enough to show it whole (a ScrollPane does not follow the focus by itself).
 */
final class FieldReveal {

    private FieldReveal() {}

    static void reveal(Node field) {
        for (Parent parent = field.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                scrollTo(scroll, field);
            }
        }
        field.requestFocus();
    }

    private static void scrollTo(ScrollPane scroll, Node field) {
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(field.localToScene(field.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double room = contentHeight - viewport;
        if (inContent == null || room <= 0) {
            return;
        }
        double top = scroll.getVvalue() * room;
        double target = top;
        if (inContent.getMinY() < top) {
            target = inContent.getMinY();
        } else if (inContent.getMaxY() > top + viewport) {
            target = inContent.getMaxY() - viewport;
        }
        scroll.setVvalue(
                scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * Math.max(0, Math.min(1, target / room)));
    }
}
