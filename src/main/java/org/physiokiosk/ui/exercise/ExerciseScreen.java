package org.physiokiosk.ui.exercise;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.DoseWords;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.Step;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.ui.common.BulletLine;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.common.UncachedScrollPane;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.figure.FigureView;
import org.physiokiosk.ui.figure.KeyFrames;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * One exercise before it is played: how much (in plain words), what to watch out for (in view, not behind a
 * button), and every step as a numbered picture. On a landscape screen the dose, the cautions and Start
 * stand in a column beside the steps, so the pictures are in view on a 1280x800 screen too; on a portrait
 * screen they stack. Start never scrolls away.
 */
public final class ExerciseScreen implements Screen {

    public static final String START_ID = "exercise-start";
    public static final String STEPS_ID = "exercise-steps";
    public static final String DOSE_ID = "exercise-dose";
    public static final String CAUTIONS_ID = "exercise-cautions";

    /** The side column's least share of the width on a landscape screen. */
    private static final double SIDE_SHARE = 0.3;

    /**
     * Decides landscape or portrait at the start of each layout pass, before its children are laid out, and on a
     * landscape screen how wide the side column can be.
     */
    private final VBox root = new VBox() {
        @Override
        protected void layoutChildren() {
            arrange(getWidth() >= getHeight());
            if (landscape) {
                fitSideColumn(getWidth() - snappedLeftInset() - snappedRightInset());
            }
            super.layoutChildren();
        }
    };

    private final PageScroller scroller;
    private final FlowPane steps = new FlowPane();
    private final VBox content = new VBox();
    private final VBox side = new VBox();
    private final GridPane body = new GridPane();
    private final ScrollPane aboutScroll;
    private final VBox about;
    private Boolean landscape;

    public ExerciseScreen(
            Catalog catalog,
            Exercise exercise,
            Dose dose,
            Messages messages,
            TopBar topBar,
            FigureStyle style,
            Runnable onStart) {
        root.getStyleClass().addAll(Theme.SCREEN, Theme.EXERCISE_SCREEN);
        String language = messages.language();
        WrappingLabel title = new WrappingLabel(exercise.title().in(language), Theme.TITLE);
        WrappingLabel summary = new WrappingLabel(exercise.summary().in(language), Theme.SUBTITLE);
        WrappingLabel doseLine = new WrappingLabel(new DoseWords(language).line(dose), Theme.DOSE_LINE);
        doseLine.setId(DOSE_ID);

        side.getStyleClass().add(Theme.EXERCISE_SIDE);
        about = new VBox(doseLine);
        about.getStyleClass().add(Theme.EXERCISE_SIDE);
        if (!exercise.cautions().isEmpty()) {
            VBox cautions = new VBox(new WrappingLabel("⚠  " + messages.get("exercise.cautions"), Theme.HEADING));
            cautions.setId(CAUTIONS_ID);
            cautions.getStyleClass().add(Theme.CAUTIONS);
            exercise.cautions().forEach(caution -> cautions.getChildren().add(new BulletLine(caution.in(language))));
            about.getChildren().add(cautions);
        }
        // Long cautions scroll by finger inside the column; Start below them never moves off the screen.
        aboutScroll = new UncachedScrollPane(about);
        aboutScroll.setFitToWidth(true);
        aboutScroll.setPannable(true);
        aboutScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(aboutScroll, Priority.ALWAYS);
        side.getChildren().add(aboutScroll);
        content.getStyleClass().add(Theme.PART);
        content.getChildren().add(new WrappingLabel(messages.get("exercise.steps"), Theme.HEADING));
        steps.setId(STEPS_ID);
        steps.getStyleClass().add(Theme.CARD_FLOW);
        List<Step> all = exercise.steps();
        for (int i = 0; i < all.size(); i++) {
            steps.getChildren().add(stepCard(catalog, exercise, i, language, style));
        }
        content.getChildren().add(steps);
        scroller = new PageScroller(STEPS_ID + "-scroll", content, messages);

        Button start = new Button("▶  " + messages.get("exercise.start"));
        start.setId(START_ID);
        start.getStyleClass().addAll(Theme.BIG_BUTTON, Theme.MAIN_ACTION);
        start.setWrapText(true);
        start.setMinHeight(Region.USE_PREF_SIZE);
        start.setOnAction(event -> onStart.run());
        start.setMaxWidth(Double.MAX_VALUE);
        // The player itself says "stop if the pain gets worse" all the time; here the room goes to the cautions.
        side.getChildren().add(start);

        body.getStyleClass().add(Theme.EXERCISE_BODY);
        body.getChildren().addAll(scroller, side);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(topBar.view(), title, summary, body);
        arrange(true);
    }

    /**
     * Side by side on a landscape screen, stacked on a portrait one. The same two nodes stay in the same grid;
     * only the grid's constraints change, so nothing new needs styling in the middle of a layout pass.
     */
    private void arrange(boolean isLandscape) {
        if (Boolean.valueOf(isLandscape).equals(landscape)) {
            return;
        }
        landscape = isLandscape;
        // Beside the steps, long cautions scroll inside the column; stacked under them, they keep their full
        // height (a scroll pane would size itself for the unwrapped text and hide most of it).
        if (isLandscape) {
            aboutScroll.setContent(about);
            side.getChildren().set(0, aboutScroll);
        } else {
            aboutScroll.setContent(null);
            side.getChildren().set(0, about);
        }
        body.getColumnConstraints().clear();
        body.getRowConstraints().clear();
        ColumnConstraints steps = new ColumnConstraints();
        steps.setHgrow(Priority.ALWAYS);
        steps.setMinWidth(0);
        RowConstraints first = new RowConstraints();
        first.setVgrow(Priority.ALWAYS);
        first.setMinHeight(0);
        if (isLandscape) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(SIDE_SHARE * 100);
            steps.setPercentWidth(100 - SIDE_SHARE * 100);
            body.getColumnConstraints().addAll(steps, column);
            body.getRowConstraints().add(first);
            GridPane.setConstraints(scroller, 0, 0);
            GridPane.setConstraints(side, 1, 0);
        } else {
            steps.setPercentWidth(100);
            body.getColumnConstraints().add(steps);
            RowConstraints second = new RowConstraints();
            second.setMinHeight(Region.USE_PREF_SIZE);
            body.getRowConstraints().addAll(first, second);
            GridPane.setConstraints(scroller, 0, 0);
            GridPane.setConstraints(side, 0, 1);
        }
    }

    /**
     * The step cards have a fixed width, so the steps column only needs room for as many whole cards as fit in
     * its share; the width left over (up to a card) goes to the side column, where the dose and the cautions
     * wrap into fewer lines. On a 1280x800 screen that is about 410 instead of 350 pixels for the cautions.
     */
    private void fitSideColumn(double width) {
        if (steps.getChildren().isEmpty() || body.getColumnConstraints().size() != 2) {
            return;
        }
        double available = width - body.getHgap();
        double card = steps.getChildren().get(0).prefWidth(-1) + steps.getHgap();
        // What the steps column needs around its cards: page arrows, scroll bar, paddings.
        double chrome = scroller.pagingChromeWidth()
                + content.snappedLeftInset()
                + content.snappedRightInset()
                + steps.snappedLeftInset()
                + steps.snappedRightInset();
        double most = available * (1 - SIDE_SHARE);
        int fit = Math.max(1, (int) Math.floor((most - chrome + steps.getHgap()) / card));
        double needed = Math.min(most, fit * card - steps.getHgap() + chrome + 1);
        double stepsPercent = 100 * needed / available;
        ColumnConstraints stepsColumn = body.getColumnConstraints().get(0);
        if (available > 0 && Math.abs(stepsColumn.getPercentWidth() - stepsPercent) > 0.05) {
            stepsColumn.setPercentWidth(stepsPercent);
            body.getColumnConstraints().get(1).setPercentWidth(100 - stepsPercent);
        }
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
