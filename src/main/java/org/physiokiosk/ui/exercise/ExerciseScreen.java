package org.physiokiosk.ui.exercise;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.DoseWords;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.Step;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.ui.common.BulletLine;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.figure.FigureView;
import org.physiokiosk.ui.figure.KeyFrames;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * One exercise before it is played: how much (in plain words), what to watch out for (in view, not behind a
 * button), and every step as a numbered picture. Start stays at the bottom of the screen while the steps
 * scroll.
 */
public final class ExerciseScreen implements Screen {

    public static final String START_ID = "exercise-start";
    public static final String STEPS_ID = "exercise-steps";
    public static final String DOSE_ID = "exercise-dose";
    public static final String CAUTIONS_ID = "exercise-cautions";

    private final VBox root = new VBox();
    private final PageScroller scroller;

    public ExerciseScreen(Catalog catalog, Exercise exercise, Dose dose, Messages messages, TopBar topBar,
                          FigureStyle style, Runnable onStart) {
        root.getStyleClass().addAll(Theme.SCREEN, Theme.EXERCISE_SCREEN);
        String language = messages.language();
        WrappingLabel title = new WrappingLabel(exercise.title().in(language), Theme.TITLE);
        WrappingLabel summary = new WrappingLabel(exercise.summary().in(language), Theme.SUBTITLE);
        WrappingLabel doseLine = new WrappingLabel(new DoseWords(language).line(dose), Theme.DOSE_LINE);
        doseLine.setId(DOSE_ID);

        VBox content = new VBox();
        content.getStyleClass().add(Theme.PART);
        if (!exercise.cautions().isEmpty()) {
            VBox cautions = new VBox(new WrappingLabel("⚠  " + messages.get("exercise.cautions"), Theme.HEADING));
            cautions.setId(CAUTIONS_ID);
            cautions.getStyleClass().add(Theme.CAUTIONS);
            exercise.cautions().forEach(caution -> cautions.getChildren().add(new BulletLine(caution.in(language))));
            content.getChildren().add(cautions);
        }
        content.getChildren().add(new WrappingLabel(messages.get("exercise.steps"), Theme.HEADING));
        FlowPane steps = new FlowPane();
        steps.setId(STEPS_ID);
        steps.getStyleClass().add(Theme.CARD_FLOW);
        List<Step> all = exercise.steps();
        for (int i = 0; i < all.size(); i++) {
            steps.getChildren().add(stepCard(catalog, exercise, i, language, style));
        }
        content.getChildren().add(steps);
        scroller = new PageScroller(STEPS_ID + "-scroll", content, messages);
        VBox.setVgrow(scroller, Priority.ALWAYS);

        Button start = new Button("▶  " + messages.get("exercise.start"));
        start.setId(START_ID);
        start.getStyleClass().addAll(Theme.BIG_BUTTON, Theme.MAIN_ACTION);
        start.setWrapText(true);
        start.setMinHeight(Region.USE_PREF_SIZE);
        start.setOnAction(event -> onStart.run());
        WrappingLabel stopNote = new WrappingLabel(messages.get("condition.exercises.note"), Theme.BODY);
        HBox.setHgrow(stopNote, Priority.ALWAYS);
        stopNote.setMaxWidth(Double.MAX_VALUE);
        HBox bottom = new HBox(stopNote, start);
        bottom.getStyleClass().add(Theme.BOTTOM_BAR);
        root.getChildren().addAll(topBar.view(), title, summary, doseLine, scroller, bottom);
    }

    private static VBox stepCard(Catalog catalog, Exercise exercise, int index, String language, FigureStyle style) {
        Step step = exercise.steps().get(index);
        FigureView figure = KeyFrames.viewOfStep(catalog, exercise, index, style);
        figure.getStyleClass().add(Theme.STEP_FIGURE);
        WrappingLabel number = new WrappingLabel(Integer.toString(index + 1), Theme.STEP_NUMBER);
        number.setMinWidth(Region.USE_PREF_SIZE);
        WrappingLabel text = new WrappingLabel(step.text().in(language), Theme.BODY);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(number, text);
        line.getStyleClass().add(Theme.STEP_LINE);
        VBox card = new VBox(figure, line);
        card.getStyleClass().add(Theme.STEP_CARD);
        return card;
    }

    @Override
    public Parent view() {
        return root;
    }

    @Override
    public void dispose() {
        scroller.dispose();
    }
}
