package org.physiokiosk.ui.condition;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.ui.theme.Theme;
import org.physiokiosk.ui.figure.FigureView;
import org.physiokiosk.ui.figure.KeyFrames;

/** One exercise of a complaint: its picture, its name and what it is for. */
public final class ExerciseCard extends VBox {

    public static final String ID_PREFIX = "exercise-card-";

    ExerciseCard(Catalog catalog, Exercise exercise, String language) {
        setId(ID_PREFIX + exercise.id());
        getStyleClass().add(Theme.EXERCISE_CARD);
        FigureView figure = KeyFrames.viewOf(catalog, exercise);
        figure.getStyleClass().add(Theme.EXERCISE_FIGURE);
        Label title = new Label(exercise.title().in(language));
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.getStyleClass().add(Theme.EXERCISE_TITLE);
        Label summary = new Label(exercise.summary().in(language));
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add(Theme.EXERCISE_SUMMARY);
        getChildren().addAll(figure, title, summary);
    }
}
