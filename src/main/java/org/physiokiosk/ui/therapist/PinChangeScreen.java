package org.physiokiosk.ui.therapist;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.physiokiosk.kiosk.PinVault;
import org.physiokiosk.ui.common.DigitPad;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.i18n.Messages;

/**
 * "Change PIN" in the staff menu: the current PIN, the new one twice, typed on the digits or a keyboard.
 * The change itself (slow hashing, the file) runs on a worker; the fields are emptied after every try.
 */
public final class PinChangeScreen implements Screen {

    public static final String OLD_ID = "pin-change-old";
    public static final String NEW_ID = "pin-change-new";
    public static final String REPEAT_ID = "pin-change-repeat";
    public static final String SAVE_ID = "pin-change-save";
    public static final String BACK_ID = "pin-change-back";
    public static final String MESSAGE_ID = "pin-change-message";

    /** Changes the PIN; returns the message key of what was wrong, empty when the new PIN is saved. */
    @FunctionalInterface
    public interface Change {
        Optional<String> apply(char[] old, char[] pin, char[] repeat);
    }

    private final VBox root = new VBox();
    private final PasswordField old = field(OLD_ID);
    private final PasswordField pin = field(NEW_ID);
    private final PasswordField repeat = field(REPEAT_ID);
    private final Label message = new Label();
    private boolean disposed;
    private boolean busy;

    public PinChangeScreen(Messages messages, TaskRunner tasks, Change change, Runnable onDone) {
        root.getStyleClass().addAll("pk-screen", TherapistStyle.PIN_SCREEN);
        root.setAlignment(Pos.CENTER);
        Label title = new Label(messages.get("pin.change.title"));
        title.getStyleClass().add("pk-title");
        old.setPromptText(messages.get("pin.change.old"));
        pin.setPromptText(messages.get("pin.new.first"));
        repeat.setPromptText(messages.get("pin.new.repeat"));
        message.setId(MESSAGE_ID);
        message.getStyleClass().add(TherapistStyle.PIN_MESSAGE);
        VBox form = new VBox(old, pin, repeat);
        form.getStyleClass().add(TherapistStyle.PIN_FORM);
        Button back = new Button(messages.get("staff.back"));
        back.setId(BACK_ID);
        back.setOnAction(event -> onDone.run());
        Button save = new Button(messages.get("pin.change.save"));
        save.setId(SAVE_ID);
        save.getStyleClass().add("pk-big-button");
        save.setOnAction(event -> {
            if (busy) {
                return;
            }
            busy = true;
            char[][] typed = {
                old.getText().toCharArray(),
                pin.getText().toCharArray(),
                repeat.getText().toCharArray()
            };
            List.of(old, pin, repeat).forEach(PasswordField::clear);
            message.getStyleClass().remove(TherapistStyle.PIN_PROBLEM);
            message.setText(messages.get("therapist.pin.checking"));
            tasks.run(
                    () -> change.apply(typed[0], typed[1], typed[2]),
                    problem -> {
                        busy = false;
                        if (disposed) {
                            return;
                        }
                        problem.ifPresentOrElse(
                                key -> showProblem(messages.get(key)),
                                () -> message.setText(messages.get("pin.change.saved")));
                    },
                    failure -> {
                        busy = false;
                        showProblem(
                                failure instanceof PinVault.LockedOut locked
                                        ? messages.format(
                                                "therapist.pin.locked",
                                                DateTimeFormatter.ofPattern("HH:mm:ss")
                                                        .format(locked.until().atZone(ZoneId.systemDefault())))
                                        : messages.get("pin.change.failed"));
                    });
        });
        HBox actions = new HBox(back, save);
        actions.getStyleClass().add(TherapistStyle.PIN_ACTIONS);
        // The digits beside the form, not under it: all of it fits a 1280x800 screen.
        form.getChildren().addAll(message, actions);
        HBox body = new HBox(
                form,
                DigitPad.create(List.of(old, pin, repeat), messages.get("therapist.pin.erase"), PinVault.MAX_LENGTH));
        body.getStyleClass().add(TherapistStyle.FORM_BESIDE_DIGITS);
        root.getChildren().addAll(title, body);
    }

    private void showProblem(String text) {
        message.setText(text);
        message.getStyleClass().add(TherapistStyle.PIN_PROBLEM);
    }

    private static PasswordField field(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.getStyleClass().add(TherapistStyle.PIN_FIELD);
        return field;
    }

    @Override
    public Parent view() {
        return root;
    }

    @Override
    public void dispose() {
        disposed = true;
        List.of(old, pin, repeat).forEach(PasswordField::clear);
    }
}
