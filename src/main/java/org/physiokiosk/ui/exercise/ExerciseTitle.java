package org.physiokiosk.ui.exercise;

import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.physiokiosk.ui.theme.Theme;

/**
 * An exercise's name as its page's title, in at most three lines. A clinic may write a name as long as a
 * paragraph: at the title's full size one of 240 characters took six lines at 1280x800 and left the cautions
 * a 50-px sliver (hostile walk F22). A long name is set a step smaller, and what does not fit in three lines
 * ends in "…"; the whole name stays readable on the exercise's card on its complaint's page and in the player.
 */
final class ExerciseTitle extends Label {

    static final int MOST_LINES = 3;
    /** Names longer than this are set a step smaller; the bundled ones have at most 48 characters. */
    static final int LONG_NAME = 60;

    private static final String LONG_TITLE = "pk-exercise-title-long";

    ExerciseTitle(String name) {
        super(name);
        setId(ExerciseScreen.TITLE_ID);
        setWrapText(true);
        setAccessibleText(name);
        setEllipsisString("…");
        getStyleClass().addAll(Theme.TITLE, Theme.SHORTENED);
        if (name.length() > LONG_NAME) {
            getStyleClass().add(LONG_TITLE);
        }
    }

    /** Its wrapped height, up to three lines. */
    @Override
    protected double computePrefHeight(double width) {
        return Math.min(super.computePrefHeight(width), mostHeight());
    }

    /** As tall as it prefers: a crowded page shortens the cautions (they page), never the title to one line. */
    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    private double mostHeight() {
        Text lines = new Text(String.join("\n", java.util.Collections.nCopies(MOST_LINES, "Ág")));
        lines.setFont(getFont());
        lines.setLineSpacing(getLineSpacing());
        // Half a line over: given just three lines' height as measured here, the label's own wrapping showed two
        // lines and "…" on the real kiosk. Less than a whole line over, so never a fourth.
        double height = lines.getLayoutBounds().getHeight();
        return snappedTopInset() + Math.ceil(height + height / MOST_LINES / 2) + snappedBottomInset();
    }
}
