package org.physiokiosk.ui.exercise;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.Styleable;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.layout.Region;

/**
 * Places the steps and the side column (dose, cautions, Start). On a landscape screen they stand side by side
 * and the side column comes first: it gets the width its cautions need to fit the height, and the steps keep as
 * many whole cards side by side as then remain (at least one, at most 70 % of the width). On a portrait screen
 * the side column follows the steps, as tall as it needs (up to 60 % of the height), and the steps' pictures grow
 * into what the two leave. The choice is made at
 * each layout pass, from the parts' own measurements, before either column is laid out.
 */
final class ExerciseColumns extends Region {

    private static final StyleablePropertyFactory<ExerciseColumns> STYLES =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final CssMetaData<ExerciseColumns, Number> GAP =
            STYLES.createSizeCssMetaData("-pk-column-gap", columns -> columns.gap, 0);

    /** The side column's least share of the width beside the steps. */
    private static final double SIDE_LEAST = 0.3;
    /** The side column's largest share of the height under the steps. */
    private static final double SIDE_MOST_PORTRAIT = 0.6;

    private final SimpleStyleableDoubleProperty gap = new SimpleStyleableDoubleProperty(GAP, this, "gap", 0.0);
    private final StepsColumn steps;
    private final SideColumn side;

    ExerciseColumns(StepsColumn steps, SideColumn side) {
        this.steps = steps;
        this.side = side;
        getChildren().addAll(steps, side);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double width = getWidth() - x - snappedRightInset();
        double height = getHeight() - y - snappedBottomInset();
        if (width >= height) {
            double between = snapSpaceX(gap.get());
            double available = width - between;
            int cards = cardsBeside(available, height);
            double sideWidth = snapSizeX(sideWidth(available, cards, height));
            double stepsWidth = available - sideWidth;
            steps.fit(stepsWidth, height, cards);
            side.overflowing(side.heightFor(sideWidth) > height);
            steps.resizeRelocate(x, y, stepsWidth, height);
            side.resizeRelocate(x + stepsWidth + between, y, sideWidth, height);
        } else {
            double between = snapSpaceY(gap.get());
            double needed = side.heightFor(width);
            double sideHeight = snapSizeY(
                    Math.max(side.minHeight(width), Math.min(needed, (height - between) * SIDE_MOST_PORTRAIT)));
            side.overflowing(needed > sideHeight);
            // The steps take the height they use (their pictures grown into what is left) and the side column
            // follows them: no empty band between the last step and the dose when an exercise has few steps.
            double stepsHeight =
                    snapSizeY(Math.max(0, steps.fit(width, height - sideHeight - between, steps.cardsWithin(width))));
            steps.resizeRelocate(x, y, width, stepsHeight);
            side.resizeRelocate(x, y + stepsHeight + between, width, sideHeight);
        }
    }

    /**
     * The most whole cards side by side that leave the side column enough width for the dose, every caution and
     * Start in {@code height}. When not even one card does, one card it is: the cautions then page, and the wider
     * they are, the fewer pages.
     */
    private int cardsBeside(double available, double height) {
        int cards = steps.cardsWithin(available * (1 - SIDE_LEAST));
        while (cards > 1 && side.heightFor(available - steps.widthFor(cards)) > height) {
            cards--;
        }
        return cards;
    }

    /**
     * The narrowest side column (at least its share) that shows everything in {@code height} beside that many
     * cards: what it does not need widens the cards, so their text takes fewer lines and more of them is in view.
     * Where nothing fits, as wide as the cards leave.
     */
    private double sideWidth(double available, int cards, double height) {
        double narrow = available * SIDE_LEAST;
        double wide = Math.max(narrow, available - steps.widthFor(cards));
        if (side.heightFor(narrow) <= height) {
            return narrow;
        }
        if (side.heightFor(wide) > height) {
            return wide;
        }
        // Narrower text never takes fewer lines: halve the range until it is a few pixels wide.
        while (wide - narrow > 4) {
            double middle = (narrow + wide) / 2;
            if (side.heightFor(middle) <= height) {
                wide = middle;
            } else {
                narrow = middle;
            }
        }
        return wide;
    }

    /** Whatever the window: one card column and a side column as wide. The screen fills the window anyway. */
    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + 2 * steps.widthFor(1) + gap.get() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + steps.widthFor(1) + snappedRightInset();
    }

    /** Start and the dose stay on the screen; the steps and the cautions take what is left, and page. */
    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + side.minHeight(-1) + snappedBottomInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return computeMinHeight(width);
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return STYLES.getCssMetaData();
    }
}
