package org.physiokiosk.ui.common;

import java.util.Collections;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.physiokiosk.ui.theme.Theme;

/**
 * A label that wraps to at most a given number of lines and ends in "…" beyond them, for a name a clinic may write
 * as long as a paragraph where the room is needed by something more important (a page's cautions, the player's
 * Stop button). Its whole text stays its accessible text, and it is marked {@link Theme#SHORTENED}: a screen that
 * uses it shows the whole text elsewhere.
 */
public class FewLinesLabel extends Label {

    private final int mostLines;

    public FewLinesLabel(int mostLines) {
        this.mostLines = mostLines;
        setWrapText(true);
        setEllipsisString("…");
        getStyleClass().add(Theme.SHORTENED);
        accessibleTextProperty().bind(textProperty());
    }

    /** Its wrapped height, up to the most lines. */
    @Override
    protected double computePrefHeight(double width) {
        return Math.min(super.computePrefHeight(width), mostHeight());
    }

    /** Whether its whole text fits its lines when it is {@code width} wide: false when it would end in "…". */
    public boolean wholeAt(double width) {
        return super.computePrefHeight(width) <= mostHeight();
    }

    /** As tall as it prefers: a crowded column shortens something else, never this text to one line. */
    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    private double mostHeight() {
        Text lines = new Text(String.join("\n", Collections.nCopies(mostLines, "Ág")));
        lines.setFont(getFont());
        lines.setLineSpacing(getLineSpacing());
        // Half a line over: given just the lines' height as measured here, the label's own wrapping showed a line
        // fewer and "…" on the real kiosk. Less than a whole line over, so never one line more.
        double height = lines.getLayoutBounds().getHeight();
        return snappedTopInset() + Math.ceil(height + height / mostLines / 2) + snappedBottomInset();
    }
}
