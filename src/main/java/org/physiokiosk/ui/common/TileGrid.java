package org.physiokiosk.ui.common;

import java.util.List;
import javafx.beans.Observable;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;

/**
 * Tiles in rows that share the width: as many columns as fit at the stylesheet's minimum tile width
 * ({@code -pk-min-tile-width}, in em so larger text gets fewer, wider tiles), each tile as wide as the row leaves
 * divided by the columns, so no row ends in a hole. A row is as tall as its tallest tile at that width (a
 * FlowPane or TilePane sizes tiles before their text wraps); the tiles of a row share its height.
 *
 * <p>Given less height than it prefers (a scroll pane that fits it to its viewport), the rows shrink towards
 * their tiles' minimum heights, in proportion: the {@link ScaledPicture}s among a tile's children give up the
 * height, the same in every tile of a row so the pictures stay alike, and the text stays whole.
 */
public final class TileGrid extends Region {

    /** JavaFX's own factory for a control's CSS properties: it writes the metadata each one needs. */
    private static final StyleablePropertyFactory<TileGrid> STYLEABLE =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Number> gap =
            STYLEABLE.createStyleableNumberProperty(this, "gap", "-pk-gap", grid -> grid.gap, 0.0);
    private final StyleableProperty<Number> minTileWidth = STYLEABLE.createStyleableNumberProperty(
            this, "minTileWidth", "-pk-min-tile-width", grid -> grid.minTileWidth, 0.0);
    private final StyleableProperty<Boolean> balancedRows = STYLEABLE.createStyleableBooleanProperty(
            this, "balancedRows", "-pk-balanced-rows", grid -> grid.balancedRows, false);

    public TileGrid(String... styleClasses) {
        getStyleClass().addAll(styleClasses);
        // Sizes from the stylesheet change where the tiles go.
        ((Observable) gap).addListener(changed -> requestLayout());
        ((Observable) minTileWidth).addListener(changed -> requestLayout());
        ((Observable) balancedRows).addListener(changed -> requestLayout());
    }

    /** The least width of a tile, as the stylesheet (or an inline style) sets it, in px. */
    public double minTileWidth() {
        return minTileWidth.getValue().doubleValue();
    }

    private double gap() {
        return gap.getValue().doubleValue();
    }

    /** The tiles, in reading order. */
    @Override
    public ObservableList<Node> getChildren() {
        return super.getChildren();
    }

    /**
     * As many columns as fit at the minimum tile width, but no more than there are tiles. With balanced rows
     * ({@code -pk-balanced-rows}), as few columns as the same number of rows needs: four tiles where three fit
     * a row are two rows of two, not three and one alone; the wider tiles' text takes fewer lines.
     */
    private int columns(double width) {
        int count = Math.max(1, getManagedChildren().size());
        double inner = width - snappedLeftInset() - snappedRightInset();
        int fit = (int) Math.floor((inner + gap()) / (minTileWidth.getValue().doubleValue() + gap()));
        int columns = Math.max(1, Math.min(fit, count));
        if (balancedRows.getValue()) {
            int rows = (count + columns - 1) / columns;
            columns = (count + rows - 1) / rows;
        }
        return columns;
    }

    private double tileWidth(double width, int columns) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        return snapSizeX(Math.max(0, (inner - gap() * (columns - 1)) / columns));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset()
                + snappedRightInset()
                + minTileWidth.getValue().doubleValue();
    }

    @Override
    protected double computeMinHeight(double width) {
        return height(width, true);
    }

    @Override
    protected double computePrefHeight(double width) {
        return height(width, false);
    }

    private double height(double width, boolean minimum) {
        double[] rows = rowHeights(width < 0 ? prefWidth(-1) : width, minimum);
        return snappedTopInset() + snappedBottomInset() + sum(rows) + gap() * Math.max(0, rows.length - 1);
    }

    private double[] rowHeights(double width, boolean minimum) {
        List<Node> tiles = getManagedChildren();
        int columns = columns(width);
        double tileWidth = tileWidth(width, columns);
        double[] rows = new double[(tiles.size() + columns - 1) / columns];
        for (int i = 0; i < tiles.size(); i++) {
            Node tile = tiles.get(i);
            double height = minimum ? tile.minHeight(tileWidth) : naturalHeight(tile, tileWidth);
            rows[i / columns] = Math.max(rows[i / columns], snapSizeY(height));
        }
        return rows;
    }

    /** The tile's preferred height with nothing given up by its pictures. */
    private static double naturalHeight(Node tile, double width) {
        double height = tile.prefHeight(width);
        for (ScaledPicture picture : pictures(tile)) {
            height += picture.givenUp(contentWidth(tile, width));
        }
        return height;
    }

    private static double contentWidth(Node tile, double width) {
        return tile instanceof Region region ? width - region.snappedLeftInset() - region.snappedRightInset() : width;
    }

    private static List<ScaledPicture> pictures(Node tile) {
        if (!(tile instanceof Parent parent)) {
            return List.of();
        }
        return parent.getChildrenUnmodifiable().stream()
                .filter(ScaledPicture.class::isInstance)
                .map(ScaledPicture.class::cast)
                .toList();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        List<Node> tiles = getManagedChildren();
        if (tiles.isEmpty()) {
            return;
        }
        int columns = columns(width);
        double tileWidth = tileWidth(width, columns);
        double[] preferred = rowHeights(width, false);
        double[] minimum = rowHeights(width, true);
        double gaps = gap() * (preferred.length - 1);
        double room = getHeight() - snappedTopInset() - snappedBottomInset() - gaps;
        double wanted = sum(preferred);
        double least = sum(minimum);
        // Short of room, every row gives up the same share of what it could give up; never below its minimum.
        double share = wanted <= room || wanted <= least ? 1 : Math.max(0, (room - least) / (wanted - least));
        double y = snappedTopInset();
        for (int row = 0; row < preferred.length; row++) {
            double height = snapSizeY(minimum[row] + (preferred[row] - minimum[row]) * share);
            double shortBy = Math.max(0, preferred[row] - height);
            for (int column = 0; column < columns; column++) {
                int index = row * columns + column;
                if (index >= tiles.size()) {
                    break;
                }
                Node tile = tiles.get(index);
                // Every picture of the row gives up what the row's tallest tile must, so they stay the same
                // size; a tile with less text then has room to spare at its bottom, as at full size.
                pictures(tile).forEach(picture -> picture.giveUp(shortBy));
                double x = snappedLeftInset() + column * (tileWidth + gap());
                tile.resizeRelocate(snapPositionX(x), snapPositionY(y), tileWidth, height);
            }
            y += height + gap();
        }
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return STYLEABLE.getCssMetaData();
    }
}
