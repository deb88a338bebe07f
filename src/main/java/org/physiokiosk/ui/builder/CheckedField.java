package org.physiokiosk.ui.builder;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.physiokiosk.program.Parsed;
import org.physiokiosk.ui.common.WrappingLabel;

/**
 * A labelled text field checked as the therapist types: a valid value goes to the program at once, an
 * invalid one stays in the field with its problem beside it and changes nothing. The invalid text stays
 * until the therapist changes it, whatever else in the program changes (F17): it is held back, not lost. The ControlsFX
 * style-class decoration marks the field; unlike the graphic decoration it does not wrap the scene's root,
 * which the navigator owns.
 */
final class CheckedField<T> extends VBox {

    static final String PROBLEM_SUFFIX = "-problem";
    private static final StyleClassValidationDecoration DECORATION = new StyleClassValidationDecoration();

    private final TextField field = SingleLine.of(new TextField());
    private final Label problem = new Label();
    private final Function<String, Parsed<T>> check;
    private final Subscription subscription;
    private boolean showing;

    /**
     * @param onInvalid called with the problem when the text turns invalid: the program goes back to the value
     *                  the field had before this bout of typing ("5", "50", "500" must not leave 50 in the
     *                  program), and the field is held back until its text is valid again
     * @param onValid   called with the value when the text is valid (again)
     */
    CheckedField(
            String caption,
            String id,
            Function<String, Parsed<T>> check,
            Consumer<T> onValid,
            Consumer<String> onInvalid,
            Runnable onLeft) {
        this.check = check;
        getStyleClass().add(BuilderStyle.FIELD);
        Label label = new Label(caption);
        label.getStyleClass().add(BuilderStyle.FIELD_CAPTION);
        label.setLabelFor(field);
        field.setId(id);
        field.getStyleClass().add(BuilderStyle.DOSE_INPUT);
        problem.setId(id + PROBLEM_SUFFIX);
        problem.getStyleClass().add(BuilderStyle.PROBLEM);
        WrappingLabel.wrapWhole(problem);
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(label, field);
        Subscription left = field.focusedProperty().subscribe(focused -> {
            if (!focused) {
                onLeft.run();
            }
        });
        showing = true; // subscribe() checks the empty field at once: not something the therapist typed
        subscription = left.and(field.textProperty().subscribe(text -> {
            Parsed<T> result = check.apply(text);
            DECORATION.removeDecorations(field);
            problem.setText(result.problem().orElse(""));
            problem.setVisible(!result.isValid());
            if (!result.isValid()) {
                DECORATION.applyValidationDecoration(
                        ValidationMessage.error(field, result.problem().orElseThrow()));
                if (!showing) {
                    showing = true; // the program steps back; the typed text stays in view beside its problem
                    try {
                        onInvalid.accept(result.problem().orElseThrow());
                    } finally {
                        showing = false;
                    }
                }
            } else if (!showing) {
                onValid.accept(result.value());
            }
        }));
        showing = false;
    }

    /**
     * Shows the program's value, unless the field already says the same (so typing "08" is not rewritten) or
     * {@code keepTyped}: the field holds refused text the therapist has not fixed yet.
     */
    void show(T value, String text, boolean keepTyped) {
        if (showing || (keepTyped && !isValid())) {
            return;
        }
        Parsed<T> current = check.apply(field.getText());
        if (current.isValid() && current.value().equals(value)) {
            return;
        }
        showing = true;
        try {
            field.setText(text);
        } finally {
            showing = false;
        }
    }

    boolean isValid() {
        return check.apply(field.getText()).isValid();
    }

    /** Puts back text the therapist typed (into a field made anew when the list was rebuilt). */
    void retype(String text) {
        field.setText(text);
    }

    /** The field's problem line; the item shows it below its row of fields, so the row keeps its layout. */
    Label problem() {
        return problem;
    }

    TextField field() {
        return field;
    }

    void dispose() {
        subscription.unsubscribe();
    }
}
