package org.physiokiosk.ui.builder;

import java.util.Optional;
import java.util.function.BiConsumer;
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
import org.physiokiosk.content.DoseOverride;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.Side;
import org.physiokiosk.program.ProgramItem;
import org.physiokiosk.ui.i18n.Messages;

/**
 * One exercise of the program being built: its dose fields, days per week and note, and buttons to move
 * or remove it. Ids are {@code item-<n>-<field>}, counted from 1 as the therapist sees them.
 */
final class ItemEditor extends VBox {

    /** What the editor asks of the program; index is 0-based. */
    interface Actions {
        void change(int index, ProgramItem item, String field);

        void move(int from, int to);

        void remove(int index);
    }

    private final int index;
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
        this.index = index;
        this.item = item;
        this.actions = actions;
        getStyleClass().add(BuilderStyle.ITEM);
        String id = "item-" + (index + 1) + "-";
        DoseFields check = new DoseFields(messages);

        String setsName = messages.get("builder.item.sets");
        sets = new CheckedField<>(setsName, id + "sets", text -> check.whole(text, Dose.SETS_LIMIT, setsName),
                value -> dose("sets", new DoseOverride(Optional.empty(), Optional.of(value), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty())));
        String repsName = messages.get("builder.item.reps");
        reps = new CheckedField<>(repsName, id + "reps", text -> check.range(text, Dose.REPS_LIMIT, repsName),
                value -> dose("reps", new DoseOverride(Optional.of(value), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty())));
        String holdName = messages.get("builder.item.hold");
        hold = new CheckedField<>(holdName, id + "hold", text -> check.range(text, Dose.HOLD_LIMIT, holdName),
                value -> dose("hold", new DoseOverride(Optional.empty(), Optional.empty(), Optional.of(value),
                        Optional.empty(), Optional.empty(), Optional.empty())));
        String restName = messages.get("builder.item.rest");
        rest = new CheckedField<>(restName, id + "rest", text -> check.whole(text, Dose.REST_LIMIT, restName),
                value -> dose("rest", new DoseOverride(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(value), Optional.empty(), Optional.empty())));
        String timesName = messages.get("builder.item.timesPerDay");
        times = new CheckedField<>(timesName, id + "times", text -> check.range(text, Dose.TIMES_PER_DAY_LIMIT, timesName),
                value -> dose("times", new DoseOverride(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.of(value))));
        String daysName = messages.get("builder.item.daysPerWeek");
        days = new CheckedField<>(daysName, id + "days",
                text -> check.whole(text, ProgramItem.DAYS_PER_WEEK_LIMIT, daysName),
                value -> change(new ProgramItem(this.item.exercise(), this.item.dose(), value, this.item.note()), "days"));

        side.setId(id + "side");
        side.getItems().setAll(Side.values());
        side.setConverter(new StringConverter<>() {
            @Override
            public String toString(Side value) {
                return value == null ? "" : messages.get("builder.side." + value.name().toLowerCase(java.util.Locale.ROOT));
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
        getChildren().addAll(header(index, count, title, messages, id), fields, noteBox);

        show(item);
        subscriptions = side.valueProperty().subscribe(value -> {
            if (value != null && value != this.item.dose().side()) {
                dose("side", new DoseOverride(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(value), Optional.empty()));
            }
        }).and(note.textProperty().subscribe(text -> {
            if (!text.strip().equals(this.item.note())) {
                change(new ProgramItem(this.item.exercise(), this.item.dose(), this.item.daysPerWeek(), text), "note");
            }
        }));
    }

    private HBox header(int index, int count, String title, Messages messages, String id) {
        Label number = new Label(Integer.toString(index + 1));
        number.getStyleClass().add(BuilderStyle.ITEM_NUMBER);
        Label name = new Label(title);
        name.getStyleClass().add(BuilderStyle.ITEM_TITLE);
        name.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button up = smallButton("▲", id + "up", messages.get("builder.item.up"), () -> actions.move(index, index - 1));
        up.setDisable(index == 0);
        Button down = smallButton("▼", id + "down", messages.get("builder.item.down"), () -> actions.move(index, index + 1));
        down.setDisable(index == count - 1);
        Button remove = smallButton("✕", id + "remove", messages.get("builder.item.remove"), () -> actions.remove(index));
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

    private void dose(String field, DoseOverride change) {
        change(new ProgramItem(item.exercise(), change.applyTo(item.dose()), item.daysPerWeek(), item.note()), field);
    }

    private void change(ProgramItem next, String field) {
        if (!next.equals(item)) {
            item = next;
            actions.change(index, next, field);
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
