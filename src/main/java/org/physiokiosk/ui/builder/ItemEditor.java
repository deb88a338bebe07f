package org.physiokiosk.ui.builder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
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
import org.physiokiosk.program.Parsed;
import org.physiokiosk.program.ProgramEditor;
import org.physiokiosk.program.ProgramItem;
import org.physiokiosk.program.TextLimits;
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

        /** The field (by its id) holds refused text; {@code where} names it for the therapist. */
        void holdBack(String field, String where);

        /** The field's text was taken, or the field is gone. */
        void release(String field);

        boolean holdsBack(String field);

        void move(int from, int to);

        void remove(int index);
    }

    private final Actions actions;
    private final Messages messages;
    private final String id;
    private final String key;
    private final int index;
    /** The number fields by name (sets, reps, hold, rest, times, days), in the order shown. */
    private final Map<String, CheckedField<?>> fields = new LinkedHashMap<>();

    private final CheckedField<Integer> sets;
    private final CheckedField<IntRange> reps;
    private final CheckedField<IntRange> hold;
    private final CheckedField<Integer> rest;
    private final CheckedField<IntRange> times;
    private final CheckedField<Integer> days;
    private final ComboBox<Side> side = new ComboBox<>();
    private final TextField note = SingleLine.of(new TextField());
    private final LengthCounter noteCount;
    private final Subscription subscriptions;
    private ProgramItem item;

    ItemEditor(int index, int count, String title, ProgramItem item, Messages messages, Actions actions) {
        this.item = item;
        this.actions = actions;
        this.messages = messages;
        this.index = index;
        getStyleClass().add(BuilderStyle.ITEM);
        id = "item-" + (index + 1) + "-";
        key = "item-" + index + "-";
        DoseInput input = new DoseInput(messages.language());

        sets = field(
                "sets",
                "builder.item.sets",
                text -> input.parseWhole(DoseField.SETS, text),
                (editor, value) -> editor.setSets(index, value));
        reps = field(
                "reps",
                "builder.item.reps",
                text -> input.parse(DoseField.REPS, text),
                (editor, value) -> editor.setReps(index, value));
        hold = field(
                "hold",
                "builder.item.hold",
                text -> input.parse(DoseField.HOLD_SECONDS, text),
                (editor, value) -> editor.setHoldSeconds(index, value));
        rest = field(
                "rest",
                "builder.item.rest",
                text -> input.parseWhole(DoseField.REST_SECONDS, text),
                (editor, value) -> editor.setRestSeconds(index, value));
        times = field(
                "times",
                "builder.item.timesPerDay",
                text -> input.parse(DoseField.TIMES_PER_DAY, text),
                (editor, value) -> editor.setTimesPerDay(index, value));
        days = field(
                "days",
                "builder.item.daysPerWeek",
                text -> input.parseWhole(DoseField.DAYS_PER_WEEK, text),
                (editor, value) -> editor.setDaysPerWeek(index, value));

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
        WidestChoiceCell.fit(side); // the fields after it stand in the same place on every card
        VBox sideBox = new VBox(caption(messages.get("builder.item.side")), side);
        sideBox.getStyleClass().add(BuilderStyle.FIELD);

        note.setId(id + "note");
        note.setPromptText(messages.get("builder.item.notePrompt"));
        noteCount = new LengthCounter(note, TextLimits.Field.NOTE, messages);
        VBox noteBox = new VBox(caption(messages.get("builder.item.note")), noteCount.view());
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

    private <T> CheckedField<T> field(
            String name, String caption, Function<String, Parsed<T>> check, BiConsumer<ProgramEditor, T> set) {
        CheckedField<T> field = new CheckedField<>(
                messages.get(caption),
                id + name,
                check,
                value -> {
                    actions.release(id + name);
                    actions.edit(key + name, editor -> set.accept(editor, value));
                },
                problem -> {
                    actions.holdBack(id + name, messages.format("builder.problem.item", index + 1, problem));
                    actions.revert(key + name);
                },
                actions::settle);
        fields.put(name, field);
        return field;
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

    /** Says in the header that this exercise is already in the list at 0-based place {@code first}. */
    void markRepeatOf(int first) {
        getStyleClass().add(BuilderStyle.REPEAT);
        Label repeat = new Label(messages.format("builder.items.repeatOf", first + 1));
        repeat.setId(id + "repeat");
        repeat.getStyleClass().add(BuilderStyle.REPEAT);
        repeat.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = (HBox) getChildren().get(0);
        header.getChildren().add(2, repeat); // after the number and the title
    }

    /** The refused text of each field that holds some, by field name: to carry over when the list is rebuilt. */
    Map<String, String> heldText() {
        Map<String, String> typed = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            if (actions.holdsBack(id + name) && !field.isValid()) {
                typed.put(name, field.field().getText());
            }
        });
        return typed;
    }

    /** Puts refused text back into the fields it was typed in; each turns red and is held back again. */
    void retype(Map<String, String> typed) {
        typed.forEach((name, text) -> {
            CheckedField<?> field = fields.get(name);
            if (field != null) {
                field.retype(text);
            }
        });
    }

    /** Brings the fields in line with the program (after an undo, say), leaving a field alone that already agrees. */
    void show(ProgramItem next) {
        item = next;
        Dose dose = next.dose();
        sets.show(dose.sets(), Integer.toString(dose.sets()), actions.holdsBack(id + "sets"));
        reps.show(dose.reps(), dose.reps().toString(), actions.holdsBack(id + "reps"));
        hold.show(dose.holdSeconds(), dose.holdSeconds().toString(), actions.holdsBack(id + "hold"));
        rest.show(dose.restSeconds(), Integer.toString(dose.restSeconds()), actions.holdsBack(id + "rest"));
        times.show(dose.timesPerDay(), dose.timesPerDay().toString(), actions.holdsBack(id + "times"));
        days.show(next.daysPerWeek(), Integer.toString(next.daysPerWeek()), actions.holdsBack(id + "days"));
        if (side.getValue() != dose.side()) {
            side.setValue(dose.side());
        }
        if (!note.getText().strip().equals(next.note())) {
            note.setText(next.note());
        }
    }

    void dispose() {
        subscriptions.unsubscribe();
        noteCount.dispose();
        fields.keySet().forEach(name -> actions.release(id + name)); // a field that is gone holds nothing back
        sets.dispose();
        reps.dispose();
        hold.dispose();
        rest.dispose();
        times.dispose();
        days.dispose();
    }
}
