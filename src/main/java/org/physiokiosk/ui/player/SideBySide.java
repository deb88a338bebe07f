package org.physiokiosk.ui.player;

import java.util.function.DoubleSupplier;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Landscape: the figure's column on the left, the words and countdown on the right at a share of the window's
 * width. While a step that holds is on screen (its movement and its hold), the words' column widens, the figure's
 * narrows, as far as the held step's whole text needs to stand in view with the countdown (decision 0049): a patient
 * holding a stretch on the floor cannot tap ▼. Decided from measurements alone (the text's height at a width),
 * never from how the column was laid out before, so it cannot swing between two layouts.
 */
final class SideBySide extends HBox {

    /** The share of the window's width the words and countdown take. */
    static final double WORDS_SHARE = 0.42;
    /** The most a held step's words may take: the figure keeps the rest, still larger than its least size. */
    static final double HELD_WORDS_SHARE = 0.66;

    private static final double SHARE_STEP = 0.02;

    private final Region figureColumn;
    private final WordsColumn words;
    private final DoubleSupplier windowWidth;
    private boolean held;

    SideBySide(Region figureColumn, WordsColumn words, DoubleSupplier windowWidth) {
        super(figureColumn, words);
        this.figureColumn = figureColumn;
        this.words = words;
        this.windowWidth = windowWidth;
    }

    /** Whether the step on screen holds: its words may take more of the width. */
    void showHeldStep(boolean heldStep) {
        if (heldStep != held) {
            held = heldStep;
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        double height = getHeight() - top - snappedBottomInset();
        double space = snapSpaceX(getSpacing());
        double wordsWidth = wordsWidth(width - space, height);
        double figureWidth = width - space - wordsWidth;
        layoutInArea(figureColumn, left, top, figureWidth, height, 0, HPos.CENTER, VPos.TOP);
        layoutInArea(words, left + figureWidth + space, top, wordsWidth, height, 0, HPos.CENTER, VPos.TOP);
    }

    /** The words' width out of {@code room} (the width both columns share). */
    private double wordsWidth(double room, double height) {
        double window = windowWidth.getAsDouble();
        double most = room - figureColumn.minWidth(height);
        double wordsWidth = snapSizeX(Math.min(most, WORDS_SHARE * window));
        for (double share = WORDS_SHARE + SHARE_STEP;
                held && !words.fitsWhole(wordsWidth, height) && share <= HELD_WORDS_SHARE + 1e-9;
                share += SHARE_STEP) {
            double wider = snapSizeX(Math.min(most, share * window));
            // Never so narrow a figure column that its cue, chips and stop line grow taller than the room: at
            // 1280x800 with A+ they wrapped and the stop line lay over Pause (seen on the real kiosk).
            if (figureColumn.minHeight(room - wider) > height) {
                break;
            }
            wordsWidth = wider;
        }
        return wordsWidth;
    }
}
