package org.physiokiosk.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A clinic's name that takes a bounded height: in its usual type on at most {@code usualLines} lines; a name that
 * needs more takes one step smaller type on at most {@code maxLines} lines, and only a name too long even then
 * ends in "…". A clinic's name can be long, and the start screen must still fit a 1366x768 screen whole, with
 * larger text too, and the top bar must not grow over the screen's title (hostile walk F21).
 *
 * <p>Both sizes are labels styled by the stylesheet ({@code textClass}, and {@code smallerClass} besides for the
 * smaller); the one that fits is shown. Which one depends on the width alone, so a layout never changes its own
 * outcome.
 */
public final class ClinicName extends Region {

    private final int usualLines;
    private final int maxLines;
    private final Label usual;
    private final Label smaller;

    public ClinicName(
            String clinicName, String styleClass, String textClass, String smallerClass, int usualLines, int maxLines) {
        this.usualLines = usualLines;
        this.maxLines = maxLines;
        getStyleClass().add(styleClass);
        usual = label(clinicName, textClass);
        smaller = label(clinicName, textClass, smallerClass);
        getChildren().addAll(usual, smaller);
    }

    private static Label label(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClasses);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** The label shown at this width: the usual one while the name fits its lines. */
    Label shown(double width) {
        return lines(usual, width) <= usualLines ? usual : smaller;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + usual.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = innerWidth(width);
        Label label = shown(inner);
        return snappedTopInset() + heightOf(label, inner) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double inner = innerWidth(getWidth());
        Label label = shown(inner);
        Label other = label == usual ? smaller : usual;
        label.setVisible(true);
        other.setVisible(false);
        double room = getHeight() - snappedTopInset() - snappedBottomInset();
        double height = Math.min(heightOf(label, inner), room);
        // In a bar taller than the name (the top bar), the name stands in the middle, like the buttons beside it.
        double top = snappedTopInset() + Math.floor((room - height) / 2);
        label.resizeRelocate(snappedLeftInset(), top, inner, height);
        other.resizeRelocate(snappedLeftInset(), snappedTopInset(), inner, 0);
    }

    private double innerWidth(double width) {
        double outer = width < 0 ? computePrefWidth(-1) : width;
        return Math.max(0, outer - snappedLeftInset() - snappedRightInset());
    }

    /**
     * The label's height at this width, at most {@code maxLines} lines of it. Measured with the label's own
     * sizes (its height unwrapped is one line), so the lines it is given are exactly the lines it draws; half a
     * line more than the last whole one leaves no room for another, and the label ends that line in "…".
     */
    private double heightOf(Label label, double width) {
        double natural = label.prefHeight(width);
        if (lines(label, width) <= maxLines) {
            return natural;
        }
        double padding = padding(label);
        double line = label.prefHeight(-1) - padding;
        return Math.floor(padding + (maxLines + 0.5) * line);
    }

    private static int lines(Label label, double width) {
        double padding = padding(label);
        double line = label.prefHeight(-1) - padding;
        return line <= 0 ? 1 : (int) Math.round((label.prefHeight(width) - padding) / line);
    }

    private static double padding(Label label) {
        Insets insets = label.getInsets();
        return insets.getTop() + insets.getBottom();
    }
}
