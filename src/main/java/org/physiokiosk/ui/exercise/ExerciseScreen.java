package org.physiokiosk.ui.exercise;

import javafx.scene.Parent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.DoseWords;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * One exercise before it is played: how much (in plain words), what to watch out for (in view, not behind a
 * button), and every step as a numbered picture. The dose, the cautions and Start stand in a column of their own
 * (beside the steps on a landscape screen, under them on a portrait one) that is as wide as the cautions need to
 * be read whole before Start; the steps take what is left. Start never scrolls away.
 */
public final class ExerciseScreen implements Screen {

    public static final String START_ID = "exercise-start";
    public static final String TITLE_ID = "exercise-title";
    public static final String STEPS_ID = "exercise-steps";
    public static final String DOSE_ID = "exercise-dose";
    public static final String CAUTIONS_ID = "exercise-cautions";
    public static final String READ_ALL_ID = "exercise-read-all";

    /**
     * What the visit knows of this exercise's cautions: whether they were read to their end before (Start is then
     * ready at once), and how to tell it they have been.
     */
    public record CautionsRead(boolean already, Runnable remember) {}

    private final VBox root = new VBox();
    private final StepsColumn steps;
    private final SideColumn side;

    public ExerciseScreen(
            Catalog catalog,
            Exercise exercise,
            Dose dose,
            Messages messages,
            TopBar topBar,
            FigureStyle style,
            CautionsRead read,
            Runnable onStart) {
        root.getStyleClass().addAll(Theme.SCREEN, Theme.EXERCISE_SCREEN);
        String language = messages.language();
        ExerciseTitle title = new ExerciseTitle(exercise.title().in(language));
        WrappingLabel summary = new WrappingLabel(exercise.summary().in(language), Theme.SUBTITLE);
        steps = new StepsColumn(catalog, exercise, messages, style);
        // The player itself says "stop if the pain gets worse" all the time; here the room goes to the cautions.
        side = new SideColumn(new DoseWords(language).line(dose), exercise.cautions(), messages, onStart, read);
        ExerciseColumns body = new ExerciseColumns(steps, side);
        body.getStyleClass().add(Theme.EXERCISE_BODY);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(topBar.view(), title, summary, body);
    }

    @Override
    public Parent view() {
        return root;
    }

    @Override
    public void dispose() {
        steps.dispose();
        side.dispose();
    }
}
