package org.physiokiosk.ui.home;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.text.Font;
import javafx.util.Subscription;
import org.physiokiosk.ui.common.TextWidth;
import org.physiokiosk.ui.common.TileGrid;

/**
 * Keeps the complaints' tiles at least as wide as the longest word of their names. Dutch compounds are long: a
 * clinic's fourth complaint, "Nek- en schouderklachten (...)", broke as "schouderklacht / en" in four tiles of a row
 * at 1366x768, which a patient at arm's length reads as two words. A tile too narrow for a word makes the grid
 * take fewer columns (four complaints: two rows of two, as at 1280x800) rather than break the word.
 *
 * <p>Decided from the names' font (the usual or the larger text), never from the layout, so it cannot flip back and
 * forth: the grid's least tile width from the stylesheet (in em) is kept, and raised in px only when a word needs it.
 */
final class WholeWords {

    private static final String LEAST_TILE_WIDTH = "-pk-min-tile-width";
    /** JavaFX lays text out in whole pixels; a word exactly as wide as its line still breaks. */
    private static final double ROUNDING = 2;

    private final TileGrid grid;
    private final List<ConditionTile> tiles;
    /** The stylesheet's least tile width per px of the names' font size (both scale with the text size). */
    private double stylesheetPerFontPx = Double.NaN;

    private WholeWords(TileGrid grid, List<ConditionTile> tiles) {
        this.grid = grid;
        this.tiles = tiles;
    }

    /** Watches the names' font; the grid's least tile width follows it. */
    static Subscription keep(TileGrid grid, List<ConditionTile> tiles) {
        if (tiles.isEmpty()) {
            return Subscription.EMPTY;
        }
        WholeWords words = new WholeWords(grid, tiles);
        return tiles.get(0).name().fontProperty().subscribe(words::fit);
    }

    private void fit(Font font) {
        if (grid.getStyle().isEmpty()) {
            stylesheetPerFontPx = grid.minTileWidth() / font.getSize();
        }
        if (Double.isNaN(stylesheetPerFontPx) || stylesheetPerFontPx <= 0) {
            return; // no stylesheet yet: the font is the default one, not the names'
        }
        double least = stylesheetPerFontPx * font.getSize();
        // Every tile and name has the same insets; the first one's are styled already (its name's font is how we
        // got here), the others' perhaps not yet in this pass.
        ConditionTile first = tiles.get(0);
        double around = first.snappedLeftInset()
                + first.snappedRightInset()
                + first.name().snappedLeftInset()
                + first.name().snappedRightInset();
        double longest = TextWidth.widest(
                tiles.stream()
                        .flatMap(tile -> Arrays.stream(tile.name().getText().split("\\s+")))
                        .toList(),
                font);
        double needed = longest + around + ROUNDING;
        grid.setStyle(
                needed > least ? String.format(Locale.ROOT, "%s: %.0fpx;", LEAST_TILE_WIDTH, Math.ceil(needed)) : "");
    }
}
