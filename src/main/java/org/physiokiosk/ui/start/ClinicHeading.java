package org.physiokiosk.ui.start;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.physiokiosk.ui.theme.Theme;

/**
 * The clinic's name on the start screen: large on one line; a name that needs more takes one step smaller type
 * on at most {@link #MAX_LINES} lines, and only a name too long even then ends in "…". A clinic's name can be long
 * and the start screen must still fit a 1366x768 screen whole, with larger text too (hostile walk F21: two lines
 * of the large type pushed it past the window's edges); the full name is in the top bar of every other screen.
 *
 * <p>Both sizes are labels styled by the stylesheet; the one that fits is shown. Which one depends on the width
 * alone, so a layout never changes its own outcome.
 */
final class ClinicHeading extends Region {

    static final int LARGE_LINES = 1;
    static final int MAX_LINES = 2;
    static final String NAME = "pk-start-clinic-name";
    static final String SMALLER = "pk-start-clinic-smaller";

    private final Label large;
    private final Label smaller;

    ClinicHeading(String clinicName) {
        getStyleClass().add(Theme.START_CLINIC);
        large = label(clinicName, NAME);
        smaller = label(clinicName, NAME, SMALLER);
        getChildren().addAll(large, smaller);
    }

    private static Label label(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClasses);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** The label shown at this width: the large one while the name fits its lines. */
    Label shown(double width) {
        return lines(large, width) <= LARGE_LINES ? large : smaller;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + large.prefWidth(-1) + snappedRightInset();
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
        Label other = label == large ? smaller : large;
        label.setVisible(true);
        other.setVisible(false);
        double height = Math.min(heightOf(label, inner), getHeight() - snappedTopInset() - snappedBottomInset());
        label.resizeRelocate(snappedLeftInset(), snappedTopInset(), inner, height);
        other.resizeRelocate(snappedLeftInset(), snappedTopInset(), inner, 0);
    }

    private double innerWidth(double width) {
        double outer = width < 0 ? computePrefWidth(-1) : width;
        return Math.max(0, outer - snappedLeftInset() - snappedRightInset());
    }

    /**
     * The label's height at this width, at most {@link #MAX_LINES} lines of it. Measured with the label's own
     * sizes (its height unwrapped is one line), so the lines it is given are exactly the lines it draws; half a
     * line more than the last whole one leaves no room for another, and the label ends that line in "…".
     */
    private static double heightOf(Label label, double width) {
        double natural = label.prefHeight(width);
        if (lines(label, width) <= MAX_LINES) {
            return natural;
        }
        double padding = padding(label);
        double line = label.prefHeight(-1) - padding;
        return Math.floor(padding + (MAX_LINES + 0.5) * line);
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
