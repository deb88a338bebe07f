package org.physiokiosk.ui.builder;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.physiokiosk.program.TextLimits;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;

/**
 * A free-text field with its cap in sight: nothing under it while the text is short, a quiet "250 / 300" once the
 * cap comes near, and past it the count in the problem's colour and the field marked. The text is never cut: it
 * goes to the program as typed, and saving says what is too long (a note pasted in must not vanish). The
 * counter's id is the field's with {@link #COUNT_SUFFIX}.
 *
 * <p>The mark is a style class of its own rather than a ControlsFX validation decoration: ControlsFX removes every
 * validation decoration of a field at once, and the patient-name check (NameWarning) decorates the same title and
 * instructions fields, so each would wipe the other's mark.
 */
final class LengthCounter {

    static final String COUNT_SUFFIX = "-count";

    private final VBox view;
    private final TextInputControl field;
    private final TextLimits.Field limit;
    private final Label count = new Label();
    private final Messages messages;
    private final Subscription subscription;

    LengthCounter(TextInputControl field, TextLimits.Field limit, Messages messages) {
        this.field = field;
        this.limit = limit;
        this.messages = messages;
        count.setId(field.getId() + COUNT_SUFFIX);
        count.getStyleClass().add(BuilderStyle.LENGTH_COUNT);
        count.setMaxWidth(Double.MAX_VALUE);
        count.setAlignment(Pos.CENTER_RIGHT);
        WrappingLabel.wrapWhole(count); // "154 / 80: te lang voor de handout" in the 1280-wide desk's narrow column
        count.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        count.managedProperty().bind(count.visibleProperty());
        view = new VBox(field, count);
        subscription = field.textProperty().subscribe(text -> show());
    }

    private void show() {
        int length = TextLimits.length(field.getText());
        boolean over = length > limit.limit();
        count.setVisible(length >= limit.nearFrom());
        count.setText(messages.format(over ? "builder.length.over" : "builder.length.count", length, limit.limit()));
        count.getStyleClass().remove(BuilderStyle.PROBLEM);
        field.getStyleClass().remove(BuilderStyle.TOO_LONG);
        if (over) {
            count.getStyleClass().add(BuilderStyle.PROBLEM);
            field.getStyleClass().add(BuilderStyle.TOO_LONG);
        }
    }

    /** The field with its count under it, to place where the field went. */
    Node view() {
        return view;
    }

    void dispose() {
        subscription.unsubscribe();
    }
}
