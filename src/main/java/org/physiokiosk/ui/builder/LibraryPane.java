package org.physiokiosk.ui.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.controlsfx.control.CheckComboBox;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.Equipment;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.Region;
import org.physiokiosk.content.StartPosition;
import org.physiokiosk.program.ExerciseFilter;
import org.physiokiosk.program.LibrarySearch;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;

/**
 * The exercise library: free-text search (accents ignored, both languages) and filters by region, category,
 * start position and equipment. An exercise goes into the program by its Add button, a double click or Enter.
 */
final class LibraryPane extends VBox {

    static final String SEARCH_ID = "builder-search";
    static final String LIST_ID = "builder-library";
    static final String ADD_ID = "builder-add";

    private final Catalog catalog;
    private final Messages messages;
    private final LibrarySearch library;
    private final TextField search = SingleLine.of(new TextField());
    private final CheckComboBox<Region> regions = new CheckComboBox<>();
    private final CheckComboBox<Category> categories = new CheckComboBox<>();
    private final CheckComboBox<StartPosition> positions = new CheckComboBox<>();
    private final CheckComboBox<Equipment> equipment = new CheckComboBox<>();
    private final ListView<Exercise> list = new ListView<>();
    private final Label count = new Label();
    private final List<Subscription> subscriptions = new ArrayList<>();

    LibraryPane(Catalog catalog, Messages messages, Consumer<Exercise> onAdd) {
        this.catalog = catalog;
        this.messages = messages;
        library = new LibrarySearch(catalog, messages.language());
        getStyleClass().add(BuilderStyle.COLUMN);
        Label title = new Label(messages.get("builder.library.title"));
        title.getStyleClass().add(BuilderStyle.COLUMN_TITLE);

        search.setId(SEARCH_ID);
        search.setPromptText(messages.get("builder.library.search"));
        setUp(regions, "region", Region.values());
        setUp(categories, "category", Category.values());
        setUp(positions, "position", StartPosition.values());
        setUp(equipment, "equipment", Equipment.values());
        FlowPane filters = new FlowPane(regions, categories, positions, equipment);
        filters.getStyleClass().add("pk-library-filters");

        list.setId(LIST_ID);
        list.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        list.setCellFactory(view -> new ExerciseCell());
        // An empty list says why, instead of a blank column under "0 of 21 exercises".
        list.setPlaceholder(new WrappingLabel(messages.get("builder.library.noneFound"), BuilderStyle.HINT));
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                addSelected(onAdd);
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                addSelected(onAdd);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        count.getStyleClass().add(BuilderStyle.HINT);

        Button add = new Button(messages.get("builder.library.add"));
        add.setId(ADD_ID);
        add.getStyleClass().addAll(BuilderStyle.TOOL_BUTTON, BuilderStyle.PRIMARY);
        add.setMaxWidth(Double.MAX_VALUE);
        add.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(event -> addSelected(onAdd));

        getChildren().addAll(title, search, filters, count, list, add);
        subscriptions.add(search.textProperty().subscribe(text -> refresh()));
        refresh();
    }

    private <E extends Enum<E>> void setUp(CheckComboBox<E> box, String kind, E[] values) {
        box.setId("builder-filter-" + kind);
        box.getItems().setAll(values);
        box.setTitle(messages.get("builder.filter." + kind));
        box.setShowCheckedCount(true);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null
                        ? ""
                        : messages.get("builder." + kind + "." + value.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        Runnable refresh = this::refresh;
        box.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<E>)
                change -> refresh.run());
    }

    /** The filters as the panes hold them; the search itself is plain and tested on its own (LibrarySearch). */
    private void refresh() {
        ExerciseFilter filter = new ExerciseFilter(
                Set.copyOf(regions.getCheckModel().getCheckedItems()),
                Set.copyOf(categories.getCheckModel().getCheckedItems()),
                Set.copyOf(positions.getCheckModel().getCheckedItems()),
                Set.copyOf(equipment.getCheckModel().getCheckedItems()),
                search.getText());
        List<Exercise> found = library.find(filter);
        list.getItems().setAll(found);
        count.setText(messages.format(
                "builder.library.count", found.size(), catalog.exercises().size()));
    }

    private void addSelected(Consumer<Exercise> onAdd) {
        Exercise selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            onAdd.accept(selected);
        }
    }

    void focusSearch() {
        search.requestFocus();
    }

    void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
    }

    private final class ExerciseCell extends ListCell<Exercise> {
        private final Label name = new Label();
        private final Label facts = new Label();
        private final VBox box = new VBox(name, facts);

        ExerciseCell() {
            setPrefWidth(0); // the list's width decides, so long text wraps instead of scrolling sideways
            WrappingLabel.wrapWhole(name);
            name.getStyleClass().add(BuilderStyle.LIBRARY_CELL_TITLE);
            facts.getStyleClass().add(BuilderStyle.LIBRARY_CELL_TEXT);
            WrappingLabel.wrapWhole(facts);
        }

        @Override
        protected void updateItem(Exercise exercise, boolean isEmpty) {
            super.updateItem(exercise, isEmpty);
            if (isEmpty || exercise == null) {
                setGraphic(null);
                return;
            }
            String language = messages.language();
            name.setText(exercise.title().in(language));
            String equipmentWords = exercise.equipment().stream()
                    .map(item -> messages.get("builder.equipment." + item.name().toLowerCase(Locale.ROOT)))
                    .sorted()
                    .collect(Collectors.joining(", "));
            facts.setText(String.join(
                            " · ",
                            messages.get("builder.category."
                                    + exercise.category().name().toLowerCase(Locale.ROOT)),
                            messages.get("builder.position."
                                    + exercise.startPosition().name().toLowerCase(Locale.ROOT)))
                    + (equipmentWords.isEmpty() ? "" : " · " + equipmentWords));
            setGraphic(box);
        }
    }
}
