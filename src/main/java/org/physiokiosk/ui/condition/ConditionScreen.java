package org.physiokiosk.ui.condition;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.ui.Screen;
import org.physiokiosk.ui.Theme;
import org.physiokiosk.ui.TopBar;
import org.physiokiosk.ui.i18n.Messages;

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

        VBox about = new VBox(16,
                section(messages.get("condition.whatItIs"), condition.whatItIs(), language),
                section(messages.get("condition.symptoms"), condition.symptoms(), language),
                section(messages.get("condition.causes"), condition.causes(), language));
        VBox help = new VBox(16,
                section(messages.get("condition.whatHelps"), condition.whatHelps(), language),
                exercises(catalog.exercisesOf(condition), messages));
        HBox columns = new HBox(32, about, help);
        about.getStyleClass().add(Theme.CARD);
        help.getStyleClass().add(Theme.CARD);
        HBox.setHgrow(about, Priority.ALWAYS);
        HBox.setHgrow(help, Priority.ALWAYS);
        about.setPrefWidth(0);
        help.setPrefWidth(0);

        VBox content = new VBox(24, summary, redFlags, columns);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(topBar.view(), title, scroll);
    }

    private static VBox section(String heading, List<LocalizedText> paragraphs, String language) {
        Label head = new Label(heading);
        head.getStyleClass().add(Theme.HEADING);
        VBox box = new VBox(8, head);
        for (LocalizedText paragraph : paragraphs) {
            Label line = new Label("•  " + paragraph.in(language));
            line.getStyleClass().add(Theme.LIST_ITEM);
            box.getChildren().add(line);
        }
        return box;
    }

    private static VBox exercises(List<Exercise> exercises, Messages messages) {
        Label head = new Label(messages.get("condition.exercises"));
        head.getStyleClass().add(Theme.HEADING);
        Label note = new Label(messages.get("condition.exercises.note"));
        note.getStyleClass().add(Theme.NOTICE);
        VBox box = new VBox(8, head, note);
        box.setId(EXERCISES_ID);
        for (Exercise exercise : exercises) {
            Label item = new Label("•  " + exercise.title().in(messages.language()));
            item.getStyleClass().add(Theme.LIST_ITEM);
            box.getChildren().add(item);
        }
        return box;
    }

    @Override
    public Parent view() {
        return root;
    }
}
