package org.physiokiosk.ui.builder;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;

/** The saved programs, newest first, with what could not be read named by file, and open/duplicate/delete. */
final class SavedProgramsPane extends VBox {

    static final String LIST_ID = "builder-saved";
    static final String OPEN_ID = "builder-saved-open";
    static final String DUPLICATE_ID = "builder-saved-duplicate";
    static final String DELETE_ID = "builder-saved-delete";
    static final String PROBLEMS_ID = "builder-saved-problems";

    private final ListView<ProgramStore.Summary> list = new ListView<>();
    private final Label problems = new Label();
    private final Label state = new Label();

    SavedProgramsPane(
            Messages messages,
            Consumer<ProgramStore.Summary> onOpen,
            Consumer<ProgramStore.Summary> onDuplicate,
            Consumer<ProgramStore.Summary> onDelete) {
        getStyleClass().add(BuilderStyle.COLUMN);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.forLanguageTag(messages.language()));
        list.setId(LIST_ID);
        list.setPlaceholder(new Label(messages.get("builder.saved.none")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ProgramStore.Summary summary, boolean empty) {
                super.updateItem(summary, empty);
                setText(
                        empty || summary == null
                                ? null
                                : (summary.title().isBlank() ? messages.get("builder.untitled") : summary.title())
                                        + "  ·  " + dates.format(summary.date()));
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        problems.setId(PROBLEMS_ID);
        problems.getStyleClass().add(BuilderStyle.PROBLEM);
        WrappingLabel.wrapWhole(problems);
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setVisible(false);
        state.getStyleClass().add(BuilderStyle.HINT);
        WrappingLabel.wrapWhole(state);

        Button open = button(messages.get("builder.saved.open"), OPEN_ID, onOpen);
        open.getStyleClass().add(BuilderStyle.PRIMARY);
        FlowPane buttons = new FlowPane(
                open,
                button(messages.get("builder.saved.duplicate"), DUPLICATE_ID, onDuplicate),
                button(messages.get("builder.saved.delete"), DELETE_ID, onDelete));
        buttons.getStyleClass().add("pk-button-row");
        getChildren().addAll(state, list, problems, buttons);
    }

    private Button button(String text, String id, Consumer<ProgramStore.Summary> action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(BuilderStyle.TOOL_BUTTON);
        button.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        button.setOnAction(event -> action.accept(list.getSelectionModel().getSelectedItem()));
        return button;
    }

    void showLoading(String text) {
        state.setText(text);
    }

    void show(ProgramStore.Listing listing, String problemsText) {
        state.setText("");
        list.getItems()
                .setAll(listing.programs().stream()
                        .sorted(java.util.Comparator.comparing(ProgramStore.Summary::date)
                                .reversed())
                        .toList());
        problems.setText(problemsText);
        problems.setVisible(!listing.problems().isEmpty());
    }

    void showFailure(String text) {
        state.setText(text);
        list.getItems().clear();
    }
}
