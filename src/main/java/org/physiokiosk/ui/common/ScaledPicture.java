package org.physiokiosk.ui.common;

import java.util.List;
import javafx.beans.Observable;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * A frame for a tile's picture that grows with the tile: it would like to be {@code -pk-height-ratio} times
 * as tall as it is wide, within the stylesheet's -fx-min-height and -fx-max-height. A {@link TileGrid} that is
 * short of room asks the pictures of a row to give up the same height, down to their minimum, so a short
 * screen takes the room from the pictures (alike across the row), never from the text.
 */
public final class ScaledPicture extends StackPane {

    private static final StyleablePropertyFactory<ScaledPicture> STYLEABLE =
            new StyleablePropertyFactory<>(StackPane.getClassCssMetaData());

    private final StyleableProperty<Number> heightRatio = STYLEABLE.createStyleableNumberProperty(
            this, "heightRatio", "-pk-height-ratio", picture -> picture.heightRatio, 0.5);

    /** Set by the grid the picture's tile is in; a plain field so that measuring the natural size is pure. */
    private double givenUp;

    public ScaledPicture(Node picture, String... styleClasses) {
        super(picture);
        getStyleClass().addAll(styleClasses);
        ((Observable) heightRatio).addListener(changed -> requestLayout());
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** The tile decides the width; the picture only follows. */
    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(minHeight(width), naturalHeight(width) - givenUp);
    }

    /** The height it would like at this width when nothing is given up. */
    double naturalHeight(double width) {
        double wish = width < 0 ? 0 : snapSizeY(width * heightRatio.getValue().doubleValue());
        return Math.max(minHeight(width), Math.min(wish, maxHeight(width)));
    }

    /** How much of its natural height it now gives up at this width. */
    double givenUp(double width) {
        return naturalHeight(width) - prefHeight(width);
    }

    /** Gives up this much height (never below the minimum) until told otherwise. */
    void giveUp(double pixels) {
        if (pixels != givenUp) {
            givenUp = pixels;
            requestLayout();
        }
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return STYLEABLE.getCssMetaData();
    }
}
