package org.physiokiosk.ui.builder;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.program.SavedProgram;
import org.physiokiosk.program.SavedPrograms;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;

/**
 * The saved programs, newest first: each row says title, patient, date and the kiosk code that works today, so
 * ten untitled programs of today can be told apart; a search field narrows them by title, patient or code as
 * the therapist types. Files that could not be read are summed up below the list ({@link UnreadableFilesNote}),
 * so the readable programs keep the room.
 */
final class SavedProgramsPane extends VBox {

    static final String LIST_ID = "builder-saved";
    static final String SEARCH_ID = "builder-saved-search";
    static final String OPEN_ID = "builder-saved-open";
    static final String DUPLICATE_ID = "builder-saved-duplicate";
    static final String DELETE_ID = "builder-saved-delete";
    static final String ROW_TITLE = "pk-saved-title";
    static final String ROW_META = "pk-saved-meta";
    static final String ROW_CODE = "pk-saved-code";
    static final String ROW_LINE = "pk-saved-line";

    private final Messages messages;
    private final ObservableList<SavedProgram> all = FXCollections.observableArrayList();
    private final ListView<SavedProgram> list = new ListView<>();
    private final TextField search = TextFields.createClearableTextField();
    private final Label empty = new Label();
    private final UnreadableFilesNote problems;
    private final Label state = new Label();

    SavedProgramsPane(
            Messages messages,
            Consumer<ProgramStore.Summary> onOpen,
            Consumer<ProgramStore.Summary> onDuplicate,
            Consumer<SavedProgram> onDelete) {
        this.messages = messages;
        getStyleClass().add(BuilderStyle.COLUMN);
        DateTimeFormatter dates = DateFormat.written(FormatStyle.MEDIUM, messages.language());
        search.setId(SEARCH_ID);
        search.setPromptText(messages.get("builder.saved.search"));
        FilteredList<SavedProgram> shown = new FilteredList<>(all);
        shown.predicateProperty()
                .bind(Bindings.createObjectBinding(
                        () -> {
                            String typed = search.getText() == null ? "" : search.getText();
                            return (Predicate<SavedProgram>) program -> program.matches(typed);
                        },
                        search.textProperty()));
        empty.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> all.isEmpty()
                                        || search.getText() == null
                                        || search.getText().isBlank()
                                ? messages.get("builder.saved.none")
                                : messages.format(
                                        "builder.saved.noneFound",
                                        search.getText().strip()),
                        search.textProperty(),
                        all));
        WrappingLabel.wrapWhole(empty);
        list.setId(LIST_ID);
        list.setItems(shown);
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new SavedCell(dates));
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(list.getSelectionModel().getSelectedItem().summary());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        problems = new UnreadableFilesNote(messages);
        state.getStyleClass().add(BuilderStyle.HINT);
        WrappingLabel.wrapWhole(state);
        state.managedProperty().bind(state.textProperty().isNotEmpty()); // no blank band above the search
        state.visibleProperty().bind(state.managedProperty());

        Button open = button(messages.get("builder.saved.open"), OPEN_ID, p -> onOpen.accept(p.summary()));
        open.getStyleClass().add(BuilderStyle.PRIMARY);
        FlowPane buttons = new FlowPane(
                open,
                button(messages.get("builder.saved.duplicate"), DUPLICATE_ID, p -> onDuplicate.accept(p.summary())),
                button(messages.get("builder.saved.delete"), DELETE_ID, onDelete));
        buttons.getStyleClass().add("pk-button-row");
        getChildren().addAll(state, search, list, problems, buttons);
    }

    private Button button(String text, String id, Consumer<SavedProgram> action) {
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

    /** The new list keeps the search and, when it is still there, the program that was selected. */
    void show(SavedPrograms saved) {
        state.setText("");
        SavedProgram selected = list.getSelectionModel().getSelectedItem();
        all.setAll(saved.programs());
        if (selected != null) {
            shownIndexOf(selected.summary().id()).ifPresent(list.getSelectionModel()::select);
        }
        problems.show(saved.unreadable());
    }

    void showFailure(String text) {
        state.setText(text);
        all.clear();
    }

    private java.util.Optional<Integer> shownIndexOf(String id) {
        List<SavedProgram> items = list.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).summary().id().equals(id)) {
                return java.util.Optional.of(i);
            }
        }
        return java.util.Optional.empty();
    }

    /** Title (wraps), then patient (wraps), date and code: the date and code keep their width. */
    private final class SavedCell extends ListCell<SavedProgram> {
        private final DateTimeFormatter dates;
        private final Label title = new Label();
        private final Label patient = new Label();
        private final Label date = new Label();
        private final Label code = new Label();
        private final VBox box;

        SavedCell(DateTimeFormatter dates) {
            this.dates = dates;
            setPrefWidth(0); // the list's width decides: no horizontal scroll bar behind a long title
            WrappingLabel.wrapWhole(title);
            title.getStyleClass().add(ROW_TITLE);
            patient.getStyleClass().add(ROW_META);
            // Wraps, never "Marieke van den Berg-Oo…": the end of a name is what tells two patients apart
            WrappingLabel.wrapWhole(patient);
            patient.setMinWidth(0);
            patient.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(patient, Priority.ALWAYS);
            date.getStyleClass().add(ROW_META);
            date.setMinWidth(Region.USE_PREF_SIZE);
            code.getStyleClass().add(ROW_CODE);
            code.setMinWidth(Region.USE_PREF_SIZE);
            code.managedProperty().bind(code.visibleProperty());
            HBox line = new HBox(patient, date, code);
            line.getStyleClass().add(ROW_LINE);
            box = new VBox(title, line);
        }

        @Override
        protected void updateItem(SavedProgram program, boolean empty) {
            super.updateItem(program, empty);
            if (empty || program == null) {
                setGraphic(null);
                return;
            }
            ProgramStore.Summary summary = program.summary();
            title.setText(summary.title().isBlank() ? messages.get("builder.untitled") : summary.title());
            patient.setText(summary.patient().orElse(""));
            date.setText(dates.format(summary.date()));
            code.setText(program.code().map(c -> c.grouped()).orElse(""));
            code.setVisible(program.code().isPresent());
            setGraphic(box);
        }
    }
}
