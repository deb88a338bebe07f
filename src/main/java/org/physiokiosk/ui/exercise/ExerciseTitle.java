package org.physiokiosk.ui.exercise;

import org.physiokiosk.ui.common.FewLinesLabel;
import org.physiokiosk.ui.theme.Theme;

/**
 * An exercise's name as its page's title, in at most three lines. A clinic may write a name as long as a
 * paragraph: at the title's full size one of 240 characters took six lines at 1280x800 and left the cautions
 * a 50-px sliver (hostile walk F22). A long name is set a step smaller, and what does not fit in three lines
 * ends in "…"; the whole name stays readable on the exercise's card on its complaint's page.
 */
final class ExerciseTitle extends FewLinesLabel {

    static final int MOST_LINES = 3;
    /** Names longer than this are set a step smaller; the bundled ones have at most 48 characters. */
    static final int LONG_NAME = 60;

    private static final String LONG_TITLE = "pk-exercise-title-long";

    ExerciseTitle(String name) {
        super(MOST_LINES);
        setText(name);
        setId(ExerciseScreen.TITLE_ID);
        getStyleClass().add(Theme.TITLE);
        if (name.length() > LONG_NAME) {
            getStyleClass().add(LONG_TITLE);
        }
    }
}
