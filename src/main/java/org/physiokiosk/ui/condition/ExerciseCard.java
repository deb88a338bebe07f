package org.physiokiosk.ui.condition;

import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.ui.common.ScaledPicture;
import org.physiokiosk.ui.common.TapCard;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.figure.FigureView;
import org.physiokiosk.ui.figure.KeyFrames;
import org.physiokiosk.ui.theme.Theme;

/** One exercise of a complaint: its picture (as wide as the card), its name and what it is for; a tap opens it. */
public final class ExerciseCard extends TapCard {

    public static final String ID_PREFIX = "exercise-";

    ExerciseCard(Catalog catalog, Exercise exercise, String language, FigureStyle style, Runnable onTap) {
        super(exercise.title().in(language), onTap);
        setId(ID_PREFIX + exercise.id());
        getStyleClass().add(Theme.EXERCISE_CARD);
        FigureView figure = KeyFrames.viewOf(catalog, exercise, style);
        getChildren()
                .addAll(
                        new ScaledPicture(figure, Theme.EXERCISE_FIGURE),
                        new WrappingLabel(exercise.title().in(language), Theme.EXERCISE_TITLE),
                        new WrappingLabel(exercise.summary().in(language), Theme.EXERCISE_SUMMARY));
    }
}
