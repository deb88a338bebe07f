package org.physiokiosk.ui.player;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A box that keeps room around one node for it to swell into. A scale leaves the layout as it was, so a heading
 * or ring swollen by scaling alone reaches over its neighbours (the ring over the step text at 1280x800 with the
 * larger text); here the node is laid out smaller by the swell's share, centred, and its largest swell fills
 * this box and no more. The neighbours keep their own spacing from the box, swell or no swell.
 */
final class SwellRoom extends Region {

    private final Node content;
    private final double share;

    /** @param growth how much larger the node gets at the top of its swell (0.12: 12 %) */
    SwellRoom(Node content, double growth) {
        this.content = content;
        this.share = 1 + growth;
        getChildren().add(content);
    }

    /** 1: the node at rest; up to 1 + growth: swollen, about its centre. */
    void swell(double scale) {
        content.setScaleX(scale);
        content.setScaleY(scale);
    }

    @Override
    protected double computeMinWidth(double height) {
        return horizontal() + content.minWidth(inner(height, vertical())) * share;
    }

    @Override
    protected double computeMinHeight(double width) {
        return vertical() + content.minHeight(inner(width, horizontal())) * share;
    }

    @Override
    protected double computePrefWidth(double height) {
        return horizontal() + content.prefWidth(inner(height, vertical())) * share;
    }

    @Override
    protected double computePrefHeight(double width) {
        return vertical() + content.prefHeight(inner(width, horizontal())) * share;
    }

    @Override
    protected double computeMaxWidth(double height) {
        double max = content.maxWidth(inner(height, vertical()));
        return max >= Double.MAX_VALUE / share ? Double.MAX_VALUE : horizontal() + max * share;
    }

    @Override
    protected double computeMaxHeight(double width) {
        double max = content.maxHeight(inner(width, horizontal()));
        return max >= Double.MAX_VALUE / share ? Double.MAX_VALUE : vertical() + max * share;
    }

    @Override
    protected void layoutChildren() {
        double w = (getWidth() - horizontal()) / share;
        double h = (getHeight() - vertical()) / share;
        double x = snappedLeftInset() + (getWidth() - horizontal() - w) / 2;
        double y = snappedTopInset() + (getHeight() - vertical() - h) / 2;
        layoutInArea(content, x, y, w, h, 0, HPos.CENTER, VPos.CENTER);
    }

    /** The node's share of a length of this box, or -1 (no length given) as it is. */
    private double inner(double outer, double insets) {
        return outer < 0 ? -1 : (outer - insets) / share;
    }

    private double horizontal() {
        return snappedLeftInset() + snappedRightInset();
    }

    private double vertical() {
        return snappedTopInset() + snappedBottomInset();
    }
}
