package org.physiokiosk.ui.builder;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.Side;
import org.physiokiosk.program.DoseField;
import org.physiokiosk.program.DoseInput;
import org.physiokiosk.program.ProgramEditor;
import org.physiokiosk.program.ProgramItem;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;

/**
 * One exercise of the program being built: its dose fields, days per week and note, and buttons to move
 * or remove it. Ids are {@code item-<n>-<field>}, counted from 1 as the therapist sees them.
 */
final class ItemEditor extends VBox {

    /** What the editor asks of the program; index is 0-based. */
    interface Actions {
        /** An edit of one field; consecutive edits of the same field are one undo step. */
        void edit(String field, Consumer<ProgramEditor> command);

        /** The therapist left a field: the next edit of it is a new undo step. */
        void settle();

        /** Takes back the pending edit of a field whose text turned invalid. */
        void revert(String field);

        void move(int from, int to);

        void remove(int index);
    }

    private final Actions actions;
    private final CheckedField<Integer> sets;
    private final CheckedField<IntRange> reps;
    private final CheckedField<IntRange> hold;
    private final CheckedField<Integer> rest;
    private final CheckedField<IntRange> times;
    private final CheckedField<Integer> days;
    private final ComboBox<Side> side = new ComboBox<>();
    private final TextField note = new TextField();
    private final Subscription subscriptions;
    private ProgramItem item;

    ItemEditor(int index, int count, String title, ProgramItem item, Messages messages, Actions actions) {
        this.item = item;
        this.actions = actions;
        getStyleClass().add(BuilderStyle.ITEM);
        String id = "item-" + (index + 1) + "-";
        String key = "item-" + index + "-";
        DoseInput input = new DoseInput(messages.language());

        sets = new CheckedField<>(
                messages.get("builder.item.sets"),
                id + "sets",
                text -> input.parseWhole(DoseField.SETS, text),
                value -> actions.edit(key + "sets", editor -> editor.setSets(index, value)),
                () -> actions.revert(key + "sets"),
                actions::settle);
        reps = new CheckedField<>(
                messages.get("builder.item.reps"),
                id + "reps",
                text -> input.parse(DoseField.REPS, text),
                value -> actions.edit(key + "reps", editor -> editor.setReps(index, value)),
                () -> actions.revert(key + "reps"),
                actions::settle);
        hold = new CheckedField<>(
                messages.get("builder.item.hold"),
                id + "hold",
                text -> input.parse(DoseField.HOLD_SECONDS, text),
                value -> actions.edit(key + "hold", editor -> editor.setHoldSeconds(index, value)),
                () -> actions.revert(key + "hold"),
                actions::settle);
        rest = new CheckedField<>(
                messages.get("builder.item.rest"),
                id + "rest",
                text -> input.parseWhole(DoseField.REST_SECONDS, text),
                value -> actions.edit(key + "rest", editor -> editor.setRestSeconds(index, value)),
                () -> actions.revert(key + "rest"),
                actions::settle);
        times = new CheckedField<>(
                messages.get("builder.item.timesPerDay"),
                id + "times",
                text -> input.parse(DoseField.TIMES_PER_DAY, text),
                value -> actions.edit(key + "times", editor -> editor.setTimesPerDay(index, value)),
                () -> actions.revert(key + "times"),
                actions::settle);
        days = new CheckedField<>(
                messages.get("builder.item.daysPerWeek"),
                id + "days",
                text -> input.parseWhole(DoseField.DAYS_PER_WEEK, text),
                value -> actions.edit(key + "days", editor -> editor.setDaysPerWeek(index, value)),
                () -> actions.revert(key + "days"),
                actions::settle);

        side.setId(id + "side");
        side.getItems().setAll(Side.values());
        side.setConverter(new StringConverter<>() {
            @Override
            public String toString(Side value) {
                return value == null
                        ? ""
                        : messages.get("builder.side." + value.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public Side fromString(String text) {
                return null;
            }
        });
        VBox sideBox = new VBox(caption(messages.get("builder.item.side")), side);
        sideBox.getStyleClass().add(BuilderStyle.FIELD);

        note.setId(id + "note");
        note.setPromptText(messages.get("builder.item.notePrompt"));
        VBox noteBox = new VBox(caption(messages.get("builder.item.note")), note);
        noteBox.getStyleClass().add(BuilderStyle.FIELD);

        FlowPane fields = new FlowPane(sets, reps, hold, rest, sideBox, times, days);
        fields.getStyleClass().add("pk-item-fields");
        VBox problems = new VBox(
                sets.problem(), reps.problem(), hold.problem(), rest.problem(), times.problem(), days.problem());
        getChildren().addAll(header(index, count, title, messages, id), fields, problems, noteBox);

        show(item);
        subscriptions = side.valueProperty()
                .subscribe(value -> {
                    if (value != null && value != this.item.dose().side()) {
                        actions.edit(key + "side", editor -> editor.setSide(index, value));
                    }
                })
                .and(note.textProperty().subscribe(text -> {
                    if (!text.strip().equals(this.item.note())) {
                        actions.edit(key + "note", editor -> editor.setNote(index, text));
                    }
                }));
    }

    private HBox header(int index, int count, String title, Messages messages, String id) {
        Label number = new Label(Integer.toString(index + 1));
        number.getStyleClass().add(BuilderStyle.ITEM_NUMBER);
        Label name = new Label(title);
        name.getStyleClass().add(BuilderStyle.ITEM_TITLE);
        WrappingLabel.wrapWhole(name);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button up = smallButton("▲", id + "up", messages.get("builder.item.up"), () -> actions.move(index, index - 1));
        up.setDisable(index == 0);
        Button down =
                smallButton("▼", id + "down", messages.get("builder.item.down"), () -> actions.move(index, index + 1));
        down.setDisable(index == count - 1);
        Button remove =
                smallButton("✕", id + "remove", messages.get("builder.item.remove"), () -> actions.remove(index));
        HBox header = new HBox(number, name, spacer, up, down, remove);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pk-item-header");
        return header;
    }

    private static Button smallButton(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(BuilderStyle.SMALL_BUTTON);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(BuilderStyle.FIELD_CAPTION);
        return label;
    }

    /** Brings the fields in line with the program (after an undo, say), leaving a field alone that already agrees. */
    void show(ProgramItem next) {
        item = next;
        Dose dose = next.dose();
        sets.show(dose.sets(), Integer.toString(dose.sets()));
        reps.show(dose.reps(), dose.reps().toString());
        hold.show(dose.holdSeconds(), dose.holdSeconds().toString());
        rest.show(dose.restSeconds(), Integer.toString(dose.restSeconds()));
        times.show(dose.timesPerDay(), dose.timesPerDay().toString());
        days.show(next.daysPerWeek(), Integer.toString(next.daysPerWeek()));
        if (side.getValue() != dose.side()) {
            side.setValue(dose.side());
        }
        if (!note.getText().strip().equals(next.note())) {
            note.setText(next.note());
        }
    }

    void dispose() {
        subscriptions.unsubscribe();
        sets.dispose();
        reps.dispose();
        hold.dispose();
        rest.dispose();
        times.dispose();
        days.dispose();
    }
}
