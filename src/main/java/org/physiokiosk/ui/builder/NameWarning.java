package org.physiokiosk.ui.builder;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.physiokiosk.common.KebabCase;
import org.physiokiosk.program.PatientNameCheck;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;

/**
 * The kiosk shows the title, instructions and notes to the waiting room: says where the patient's name is, and
 * marks the title and the instructions when it is in them.
 */
final class NameWarning {

    private final Messages messages;
    private final TextInputControl title;
    private final TextInputControl instructions;
    private final Label line = new Label();
    private final StyleClassValidationDecoration decoration = new StyleClassValidationDecoration();

    NameWarning(Messages messages, TextInputControl title, TextInputControl instructions) {
        this.messages = messages;
        this.title = title;
        this.instructions = instructions;
        line.setId(ProgramDetailsPane.NAME_WARNING_ID);
        line.getStyleClass().add(BuilderStyle.PROBLEM);
        WrappingLabel.wrapWhole(line);
        line.setVisible(false);
        line.managedProperty().bind(line.visibleProperty());
    }

    Node view() {
        return line;
    }

    void show(List<PatientNameCheck.Field> fields) {
        decoration.removeDecorations(title);
        decoration.removeDecorations(instructions);
        line.setVisible(!fields.isEmpty());
        if (fields.isEmpty()) {
            return;
        }
        String where = fields.stream()
                .map(field -> messages.get("builder.details.nameIn." + KebabCase.of(field)))
                .collect(Collectors.joining(", "));
        String text = messages.format("builder.details.nameWarning", where);
        line.setText(text);
        if (fields.contains(PatientNameCheck.Field.TITLE)) {
            decoration.applyValidationDecoration(ValidationMessage.warning(title, text));
        }
        if (fields.contains(PatientNameCheck.Field.INSTRUCTIONS)) {
            decoration.applyValidationDecoration(ValidationMessage.warning(instructions, text));
        }
    }
}
