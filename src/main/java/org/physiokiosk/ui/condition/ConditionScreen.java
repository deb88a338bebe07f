package org.physiokiosk.ui.condition;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.content.Urgency;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.ui.common.BulletLine;
import org.physiokiosk.ui.common.ContentChange;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.common.TileGrid;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.common.UrgencyMarks;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * One complaint, in parts a finger can reach instead of one long scroll: the warning signs first (the page
 * opens on them and their button keeps the colour and mark of the most urgent sign), then what it is, what helps and the
 * exercises. Each part scrolls on its own, with page arrows where it does not fit.
 */
public final class ConditionScreen implements Screen {

    public static final String RED_FLAGS_ID = "red-flags";
    public static final String EXERCISES_ID = "condition-exercises";
    public static final String DO_ALL_ID = "condition-do-all";
    public static final String TO_EXERCISES_ID = "condition-to-exercises";
    public static final String PART_ID = "condition-part";

    /** The exercise cards: rows that share the width (condition.css). */
    private static final String CARD_GRID = "pk-card-grid";

    /** What the page's buttons lead to; the shell decides which screen that is. */
    public record Actions(Consumer<ConditionTab> onTab, Consumer<Exercise> onExercise, Runnable onDoAll) {}

    private final VBox root = new VBox();
    private final StackPane partHolder = new StackPane();
    private final Map<ConditionTab, ToggleButton> buttons = new EnumMap<>(ConditionTab.class);
    private final Catalog catalog;
    private final Condition condition;
    private final Messages messages;
    private final FigureStyle style;
    private final Actions actions;
    private PageScroller part;
    private ConditionTab tab;

    public ConditionScreen(
            Catalog catalog,
            Condition condition,
            Messages messages,
            TopBar topBar,
            FigureStyle style,
            ConditionTab openOn,
            Actions actions) {
        this.catalog = catalog;
        this.condition = condition;
        this.messages = messages;
        this.style = style;
        this.actions = actions;
        root.getStyleClass().addAll(Theme.SCREEN, Theme.CONDITION_SCREEN);
        WrappingLabel title = new WrappingLabel(condition.title().in(messages.language()), Theme.TITLE);

        FlowPane tabs = new FlowPane();
        tabs.getStyleClass().add(Theme.TAB_BAR);
        ToggleGroup group = new ToggleGroup();
        Optional<Urgency> mostUrgent = UrgencyMarks.mostUrgent(catalog.redFlagsOf(condition));
        for (ConditionTab each : ConditionTab.values()) {
            String text = messages.get(each.messageKey());
            ToggleButton button =
                    new ToggleButton(each == ConditionTab.WARNINGS ? UrgencyMarks.marked(mostUrgent, text) : text);
            button.setId(each.buttonId());
            button.getStyleClass().add(Theme.TAB_BUTTON);
            if (each == ConditionTab.WARNINGS) {
                button.getStyleClass().add(Theme.TAB_WARNINGS);
                UrgencyMarks.colour(button, mostUrgent);
            }
            button.setWrapText(true);
            button.setMinHeight(Region.USE_PREF_SIZE);
            button.setToggleGroup(group);
            button.setOnAction(event -> show(each));
            buttons.put(each, button);
            tabs.getChildren().add(button);
        }
        VBox.setVgrow(partHolder, Priority.ALWAYS);
        root.getChildren().addAll(topBar.view(), title, tabs, partHolder);
        show(openOn);
    }

    /** Shows one part; tapping the open part's button again keeps it open. */
    private void show(ConditionTab next) {
        buttons.get(next).setSelected(true);
        if (next == tab) {
            return;
        }
        tab = next;
        if (part != null) {
            part.dispose();
        }
        part = new PageScroller(PART_ID, content(next), messages);
        partHolder.getChildren().setAll(part);
        ContentChange.announce(root); // another part stands under the finger now: a double tap must not open it
        actions.onTab().accept(next);
    }

    public ConditionTab tab() {
        return tab;
    }

    private Node content(ConditionTab which) {
        String language = messages.language();
        return switch (which) {
            case WARNINGS -> warnings();
            case ABOUT ->
                column(
                        section(messages.get("condition.whatItIs"), condition.whatItIs(), language),
                        section(messages.get("condition.symptoms"), condition.symptoms(), language),
                        section(messages.get("condition.causes"), condition.causes(), language));
            case HELPS -> column(section(messages.get("condition.whatHelps"), condition.whatHelps(), language));
            case EXERCISES -> exercises();
        };
    }

    private Node warnings() {
        VBox redFlags = new RedFlagBox(catalog.redFlagsOf(condition), messages);
        redFlags.setId(RED_FLAGS_ID);
        WrappingLabel summary = new WrappingLabel(condition.summary().in(messages.language()), Theme.SUBTITLE);
        Button next = new Button(messages.get("condition.toExercises") + "  ›");
        next.setId(TO_EXERCISES_ID);
        next.getStyleClass().add(Theme.BIG_BUTTON);
        next.setWrapText(true);
        next.setMinHeight(Region.USE_PREF_SIZE);
        next.setOnAction(event -> show(ConditionTab.EXERCISES));
        return column(summary, redFlags, next);
    }

    private Node exercises() {
        Button doAll = new Button("▶  " + messages.get("condition.doAll"));
        doAll.setId(DO_ALL_ID);
        doAll.getStyleClass().addAll(Theme.BIG_BUTTON, Theme.MAIN_ACTION);
        doAll.setWrapText(true);
        doAll.setMinHeight(Region.USE_PREF_SIZE);
        doAll.setOnAction(event -> actions.onDoAll().run());
        WrappingLabel note = new WrappingLabel(messages.get("condition.exercises.note"), Theme.BODY);
        TileGrid cards = new TileGrid(CARD_GRID);
        for (Exercise exercise : catalog.exercisesOf(condition)) {
            cards.getChildren()
                    .add(new ExerciseCard(
                            catalog,
                            exercise,
                            messages.language(),
                            style,
                            () -> actions.onExercise().accept(exercise)));
        }
        VBox box = column(doAll, note, cards);
        box.setId(EXERCISES_ID);
        return box;
    }

    private static VBox column(Node... parts) {
        VBox box = new VBox(parts);
        box.getStyleClass().add(Theme.PART);
        return box;
    }

    private static VBox section(String heading, List<LocalizedText> paragraphs, String language) {
        VBox box = new VBox(new WrappingLabel(heading, Theme.HEADING));
        box.getStyleClass().add(Theme.CARD);
        for (LocalizedText paragraph : paragraphs) {
            box.getChildren().add(new BulletLine(paragraph.in(language)));
        }
        return box;
    }

    @Override
    public Parent view() {
        return root;
    }

    @Override
    public void dispose() {
        if (part != null) {
            part.dispose();
        }
    }
}
