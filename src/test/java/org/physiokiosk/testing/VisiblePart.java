package org.physiokiosk.testing;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Where on the scene a node can be seen: its bounds less what the clips and scroll panes around it hide. */
public final class VisiblePart {

    private VisiblePart() {}

    /**
     * The part of {@code node} in view, looking at the clips and scroll panes from {@code node} up to
     * {@code outermost} (the window's, when null); null when none of it is.
     */
    public static Bounds of(Node node, Node outermost) {
        Bounds at = node.localToScene(node.getLayoutBounds());
        Node stop = outermost == null ? null : outermost.getParent();
        for (Node around = node; around != null && around != stop; around = around.getParent()) {
            Bounds keep = null;
            if (around.getClip() != null) {
                keep = around.localToScene(around.getClip().getBoundsInParent());
            } else if (around != node && around instanceof ScrollPane pane) {
                Node viewport = pane.lookup(".viewport");
                keep = viewport == null ? null : viewport.localToScene(viewport.getLayoutBounds());
            }
            if (keep != null) {
                double minX = Math.max(at.getMinX(), keep.getMinX());
                double minY = Math.max(at.getMinY(), keep.getMinY());
                double maxX = Math.min(at.getMaxX(), keep.getMaxX());
                double maxY = Math.min(at.getMaxY(), keep.getMaxY());
                if (maxX <= minX || maxY <= minY) {
                    return null;
                }
                at = new BoundingBox(minX, minY, maxX - minX, maxY - minY);
            }
        }
        return at;
    }
}
