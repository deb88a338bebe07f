package org.physiokiosk.ui.setup;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.physiokiosk.kiosk.PinVault;
import org.physiokiosk.kiosk.SettingsFile;
import org.physiokiosk.ui.common.DigitPad;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * The first start of a kiosk that has no PIN yet: the clinic's name (at most
 * {@link SettingsFile#MAX_CLINIC_NAME_LENGTH} characters) and the therapists' PIN, typed twice, on
 * the screen's digits or a keyboard. Saving (hashing, files) runs on a worker; what was wrong comes back as a
 * message key and the PIN fields are emptied.
 */
public final class SetupScreen implements Screen {

    public static final String CLINIC_ID = "setup-clinic";
    public static final String PIN_ID = "setup-pin";
    public static final String REPEAT_ID = "setup-pin-repeat";
    public static final String SAVE_ID = "setup-save";
    public static final String MESSAGE_ID = "setup-message";
    static final String FORM = "pk-pin-form";
    static final String PROBLEM = "pk-pin-problem";
    static final String BODY = "pk-setup-body";

    /** Saves the first settings; returns the message of what was wrong (already in words), empty when saved. */
    @FunctionalInterface
    public interface Save {
        Optional<String> apply(String clinicName, char[] pin, char[] repeat);
    }

    private final VBox root = new VBox();
    private final TextField clinic = new TextField();
    private final WrappingLabel intro = new WrappingLabel("", "pk-pin-message");
    private final Messages messages;
    private final PasswordField pin = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Label message = new Label();
    private boolean busy;
    private boolean disposed;

    public SetupScreen(Messages messages, String suggestedClinicName, TaskRunner tasks, Save save, Runnable onSaved) {
        this.messages = messages;
        root.getStyleClass().addAll(Theme.SCREEN, "pk-pin-screen");
        root.setAlignment(Pos.CENTER);
        Label title = new Label(messages.get("setup.title"));
        title.getStyleClass().add("pk-title");
        intro.setText(messages.get("setup.intro"));
        clinic.setId(CLINIC_ID);
        clinic.setText(suggestedClinicName);
        clinic.setPromptText(messages.get("setup.clinic"));
        // The name is on every patient screen, whose heading has room for this many characters (hostile walk
        // F21): typing or pasting past it is refused, and said why, rather than cut silently.
        String tooLong = messages.get("setup.clinicTooLong");
        clinic.setTextFormatter(new TextFormatter<String>(change -> {
            if (change.getControlNewText().length() <= SettingsFile.MAX_CLINIC_NAME_LENGTH) {
                if (tooLong.equals(message.getText())) {
                    message.setText("");
                    message.getStyleClass().remove(PROBLEM);
                }
                return change;
            }
            showProblem(tooLong);
            return null;
        }));
        pin.setId(PIN_ID);
        pin.setPromptText(messages.get("pin.new.first"));
        repeat.setId(REPEAT_ID);
        repeat.setPromptText(messages.get("pin.new.repeat"));
        List.of(clinic, pin, repeat).forEach(field -> field.getStyleClass().add("pk-pin-field"));
        message.setId(MESSAGE_ID);
        message.getStyleClass().add("pk-pin-message");
        VBox form = new VBox(clinic, pin, repeat);
        form.getStyleClass().add(FORM);
        Button done = new Button(messages.get("setup.save"));
        done.setId(SAVE_ID);
        done.getStyleClass().add("pk-big-button");
        done.setOnAction(event -> {
            if (busy) {
                return;
            }
            busy = true;
            String name = clinic.getText();
            char[] first = pin.getText().toCharArray();
            char[] second = repeat.getText().toCharArray();
            pin.clear();
            repeat.clear();
            message.getStyleClass().remove(PROBLEM);
            message.setText(messages.get("therapist.pin.checking"));
            tasks.run(
                    () -> save.apply(name, first, second),
                    problem -> {
                        busy = false;
                        if (disposed) {
                            return;
                        }
                        problem.ifPresentOrElse(this::showProblem, onSaved);
                    },
                    failure -> {
                        busy = false;
                        showProblem(messages.format("setup.failed", String.valueOf(failure.getMessage())));
                    });
        });
        // The digits beside the form, not under it: all of it fits a 1280x800 screen.
        form.getChildren().addAll(message, done);
        HBox body = new HBox(
                form, DigitPad.create(List.of(pin, repeat), messages.get("therapist.pin.erase"), PinVault.MAX_LENGTH));
        body.getStyleClass().add(BODY);
        root.getChildren().addAll(title, intro, body);
    }

    /**
     * The settings file already names the clinic (the administrator's): the name is said, not asked, so nobody
     * types one that would not be kept.
     */
    public void sayClinicNameAsSet(String clinicName) {
        intro.setText(messages.format("setup.introNameSet", clinicName));
        clinic.setVisible(false);
        clinic.setManaged(false);
    }

    private void showProblem(String text) {
        message.setText(text);
        message.getStyleClass().add(PROBLEM);
    }

    @Override
    public Parent view() {
        return root;
    }

    @Override
    public void dispose() {
        disposed = true;
        pin.clear();
        repeat.clear();
    }
}
