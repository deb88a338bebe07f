package org.physiokiosk.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
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

    private static final CssMetaData<ScaledPicture, Number> HEIGHT_RATIO =
            new CssMetaData<>("-pk-height-ratio", StyleConverter.getSizeConverter(), 0.5) {
                @Override
                public boolean isSettable(ScaledPicture picture) {
                    return !picture.heightRatio.isBound();
                }

                @Override
                public StyleableProperty<Number> getStyleableProperty(ScaledPicture picture) {
                    return picture.heightRatio;
                }
            };

    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(StackPane.getClassCssMetaData());
        all.add(HEIGHT_RATIO);
        CSS_META_DATA = List.copyOf(all);
    }

    private final StyleableDoubleProperty heightRatio = new StyleableDoubleProperty(0.5) {
        @Override
        protected void invalidated() {
            requestLayout();
        }

        @Override
        public Object getBean() {
            return ScaledPicture.this;
        }

        @Override
        public String getName() {
            return "heightRatio";
        }

        @Override
        public CssMetaData<ScaledPicture, Number> getCssMetaData() {
            return HEIGHT_RATIO;
        }
    };

    /** Set by the grid the picture's tile is in; a plain field so that measuring the natural size is pure. */
    private double givenUp;

    public ScaledPicture(Node picture, String... styleClasses) {
        super(picture);
        getStyleClass().addAll(styleClasses);
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
        double wish = width < 0 ? 0 : snapSizeY(width * heightRatio.get());
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
        return CSS_META_DATA;
    }
}
