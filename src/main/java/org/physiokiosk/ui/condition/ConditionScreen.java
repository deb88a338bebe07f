package org.physiokiosk.ui.condition;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.ui.common.BulletLine;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * One complaint: when to get help comes first, above what it is and what helps, so nobody reads past it on
 * the way to the exercises.
 */
public final class ConditionScreen implements Screen {

    public static final String RED_FLAGS_ID = "red-flags";
    public static final String EXERCISES_ID = "condition-exercises";

    private final VBox root = new VBox();

    public ConditionScreen(Catalog catalog, Condition condition, Messages messages, TopBar topBar) {
        String language = messages.language();
        root.getStyleClass().add(Theme.SCREEN);

        Label title = new Label(condition.title().in(language));
        title.getStyleClass().add(Theme.TITLE);
        Label summary = new Label(condition.summary().in(language));
        summary.getStyleClass().add(Theme.SUBTITLE);

        VBox redFlags = new RedFlagBox(catalog.redFlagsOf(condition), messages);
        redFlags.setId(RED_FLAGS_ID);

        VBox about = card(
                section(messages.get("condition.whatItIs"), condition.whatItIs(), language),
                section(messages.get("condition.symptoms"), condition.symptoms(), language),
                section(messages.get("condition.causes"), condition.causes(), language));
        VBox helps = card(section(messages.get("condition.whatHelps"), condition.whatHelps(), language));
        HBox columns = new HBox(32, about, helps);
        for (VBox column : List.of(about, helps)) {
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setPrefWidth(0);
        }

        VBox content = new VBox(24, summary, redFlags, exercises(catalog, condition, messages), columns);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(topBar.view(), title, scroll);
    }

    private static VBox card(VBox... sections) {
        VBox card = new VBox(16, sections);
        card.getStyleClass().add(Theme.CARD);
        return card;
    }

    private static VBox section(String heading, List<LocalizedText> paragraphs, String language) {
        Label head = new Label(heading);
        head.getStyleClass().add(Theme.HEADING);
        VBox box = new VBox(8, head);
        for (LocalizedText paragraph : paragraphs) {
            box.getChildren().add(new BulletLine(paragraph.in(language)));
        }
        return box;
    }

    private static VBox exercises(Catalog catalog, Condition condition, Messages messages) {
        Label head = new Label(messages.get("condition.exercises"));
        head.getStyleClass().add(Theme.HEADING);
        Label note = new Label(messages.get("condition.exercises.note"));
        note.getStyleClass().add(Theme.NOTICE);
        FlowPane cards = new FlowPane(24, 24);
        for (Exercise exercise : catalog.exercisesOf(condition)) {
            cards.getChildren().add(new ExerciseCard(catalog, exercise, messages.language()));
        }
        VBox box = new VBox(12, head, note, cards);
        box.setId(EXERCISES_ID);
        return box;
    }

    @Override
    public Parent view() {
        return root;
    }
}
