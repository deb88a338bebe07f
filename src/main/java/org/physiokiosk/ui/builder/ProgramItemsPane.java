package org.physiokiosk.ui.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;
import org.physiokiosk.ui.common.UncachedScrollPane;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;

/**
 * The program's exercises, one editor each, in order. Editors are made again only when the list itself
 * changes (added, removed, moved); a changed dose updates the editor in place, so the field being typed in
 * keeps its focus. An item is dragged by its card onto another card to move it there.
 */
final class ProgramItemsPane extends VBox {

    static final String LIST_ID = "builder-items";
    private static final DataFormat ITEM_INDEX = new DataFormat("application/x-physiokiosk-item-index");

    private final Catalog catalog;
    private final Messages messages;
    private final ItemEditor.Actions actions;
    private final VBox list = new VBox();
    private final Label empty;
    private final List<ItemEditor> editors = new ArrayList<>();
    private List<String> shownExercises;

    ProgramItemsPane(Catalog catalog, Messages messages, ItemEditor.Actions actions) {
        this.catalog = catalog;
        this.messages = messages;
        this.actions = actions;
        list.setId(LIST_ID);
        list.getStyleClass().add("pk-item-list");
        empty = new Label(messages.get("builder.items.empty"));
        empty.getStyleClass().add(BuilderStyle.HINT);
        WrappingLabel.wrapWhole(empty);
        ScrollPane scroll = new UncachedScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label title = new Label(messages.get("builder.items.title"));
        title.getStyleClass().add(BuilderStyle.COLUMN_TITLE);
        getChildren().addAll(title, scroll);
        getStyleClass().add("pk-items-pane");
    }

    void show(Program program) {
        List<String> exercises =
                program.items().stream().map(ProgramItem::exercise).toList();
        if (shownExercises == null || !exercises.equals(shownExercises)) {
            rebuild(program.items());
            shownExercises = exercises;
            return;
        }
        for (int i = 0; i < editors.size(); i++) {
            editors.get(i).show(program.items().get(i));
        }
    }

    /**
     * Makes the editors anew. Refused text the therapist has not fixed yet goes with its exercise to its new
     * place (an exercise added, removed or moved must not wipe a red field, F17); the exercise's n-th
     * occurrence takes the text of its n-th occurrence before.
     */
    private void rebuild(List<ProgramItem> items) {
        List<Map.Entry<String, Map<String, String>>> typed = new ArrayList<>();
        for (int i = 0; i < editors.size() && shownExercises != null && i < shownExercises.size(); i++) {
            typed.add(Map.entry(shownExercises.get(i), editors.get(i).heldText()));
        }
        dispose();
        list.getChildren().clear();
        if (items.isEmpty()) {
            list.getChildren().add(empty);
        }
        for (int i = 0; i < items.size(); i++) {
            ProgramItem item = items.get(i);
            String title = catalog.exercise(item.exercise())
                    .map(exercise -> exercise.title().in(messages.language()))
                    .orElseGet(() -> messages.format("builder.items.missing", item.exercise()));
            ItemEditor editor = new ItemEditor(i, items.size(), title, item, messages, actions);
            firstPlaceOf(items, i).ifPresent(editor::markRepeatOf);
            draggable(editor, i);
            editors.add(editor);
            list.getChildren().add(editor);
            typed.stream()
                    .filter(entry -> entry.getKey().equals(item.exercise()))
                    .findFirst()
                    .ifPresent(entry -> {
                        typed.remove(entry);
                        editor.retype(entry.getValue());
                    });
        }
    }

    /**
     * Where the same exercise first comes in the list, when item {@code index} repeats it (0-based). A repeat may be
     * meant (the same stretch morning and evening, with other notes), so it is shown, not refused.
     */
    static java.util.OptionalInt firstPlaceOf(List<ProgramItem> items, int index) {
        String exercise = items.get(index).exercise();
        for (int i = 0; i < index; i++) {
            if (items.get(i).exercise().equals(exercise)) {
                return java.util.OptionalInt.of(i);
            }
        }
        return java.util.OptionalInt.empty();
    }

    private void draggable(ItemEditor editor, int index) {
        editor.setOnDragDetected(event -> {
            Dragboard board = editor.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(ITEM_INDEX, index);
            board.setContent(content);
            event.consume();
        });
        editor.setOnDragOver(event -> {
            if (event.getGestureSource() != editor && event.getDragboard().hasContent(ITEM_INDEX)) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
            event.consume();
        });
        editor.setOnDragEntered(event -> editor.getStyleClass().add(BuilderStyle.ITEM_DROP));
        editor.setOnDragExited(event -> editor.getStyleClass().remove(BuilderStyle.ITEM_DROP));
        editor.setOnDragDropped(event -> {
            Object from = event.getDragboard().getContent(ITEM_INDEX);
            boolean moved = from instanceof Integer source && source != index;
            if (moved) {
                actions.move((Integer) from, index);
            }
            event.setDropCompleted(moved);
            event.consume();
        });
    }

    void dispose() {
        editors.forEach(ItemEditor::dispose);
        editors.clear();
    }
}
