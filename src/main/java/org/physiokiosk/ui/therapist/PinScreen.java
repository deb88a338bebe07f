package org.physiokiosk.ui.therapist;

import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.i18n.Messages;

/**
 * The gate to therapist mode: a number pad for the touchscreen, and the keyboard at a desk. The PIN is
 * checked against the configured hash on a worker thread (the hash is slow on purpose) and is never
 * shown, logged or kept: the display is emptied after every try. Without a configured hash the gate says
 * how to set one and stays shut.
 */
public final class PinScreen implements Screen {

    public static final String FIELD_ID = "pin-field";
    public static final String KEY_ID_PREFIX = "pin-key-";
    public static final String OK_ID = "pin-ok";
    public static final String ERASE_ID = "pin-erase";
    public static final String CANCEL_ID = "pin-cancel";
    public static final String MESSAGE_ID = "pin-message";

    private final VBox root = new VBox();
    private final PinDisplay field;
    private final Label message = new Label();
    private final Messages messages;
    private final Predicate<String> pinMatches;
    private final TaskRunner tasks;
    private final Runnable onUnlocked;
    private boolean checking;
    private boolean disposed;

    /**
     * @param pinMatches checks a typed PIN against the hash; empty when no hash is configured
     * @param onCancel   where "cancel" goes (back to the patient screens); empty at a desk PC
     */
    public PinScreen(
            Messages messages,
            java.util.Optional<Predicate<String>> pinMatches,
            TaskRunner tasks,
            Runnable onUnlocked,
            java.util.Optional<Runnable> onCancel) {
        this.messages = messages;
        this.pinMatches = pinMatches.orElse(pin -> false);
        this.tasks = tasks;
        this.onUnlocked = onUnlocked;
        root.getStyleClass().addAll("pk-screen", TherapistStyle.PIN_SCREEN);
        root.setAlignment(Pos.CENTER);

        Label title = new Label(messages.get("therapist.pin.title"));
        title.getStyleClass().add("pk-title");
        message.setId(MESSAGE_ID);
        message.getStyleClass().add(TherapistStyle.PIN_MESSAGE);
        WrappingLabel.wrapWhole(message);
        root.getChildren().add(title);
        field = new PinDisplay(FIELD_ID, messages, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                check();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                onCancel.ifPresent(Runnable::run);
            }
        });

        if (pinMatches.isEmpty()) {
            message.setText(messages.get("therapist.pin.notConfigured"));
            message.getStyleClass().add(TherapistStyle.PIN_PROBLEM);
            root.getChildren().add(message);
            onCancel.ifPresent(
                    cancel -> root.getChildren().add(button(messages.get("common.back"), CANCEL_ID, cancel)));
            return;
        }
        message.setText(messages.get("therapist.pin.prompt"));
        root.getChildren().addAll(message, field.view(), keypad());
        HBox actions = new HBox();
        actions.getStyleClass().add(TherapistStyle.PIN_ACTIONS);
        onCancel.ifPresent(cancel -> actions.getChildren().add(button(messages.get("common.back"), CANCEL_ID, cancel)));
        Button ok = button(messages.get("therapist.pin.ok"), OK_ID, this::check);
        ok.getStyleClass().add("pk-big-button");
        actions.getChildren().add(ok);
        root.getChildren().add(actions);
    }

    private GridPane keypad() {
        GridPane pad = new GridPane();
        pad.getStyleClass().add(TherapistStyle.KEYPAD);
        for (int digit = 1; digit <= 9; digit++) {
            pad.add(key(Integer.toString(digit)), (digit - 1) % 3, (digit - 1) / 3);
        }
        Button erase = button("⌫", ERASE_ID, field::erase);
        erase.setAccessibleText(messages.get("therapist.pin.erase"));
        erase.getStyleClass().add(TherapistStyle.KEY);
        erase.setFocusTraversable(false); // the focus stays on the display, where a desk keyboard types
        pad.add(erase, 0, 3);
        pad.add(key("0"), 1, 3);
        return pad;
    }

    private Button key(String digit) {
        Button key = button(digit, KEY_ID_PREFIX + digit, () -> field.type(digit.charAt(0)));
        key.getStyleClass().add(TherapistStyle.KEY);
        key.setFocusTraversable(false);
        return key;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private void check() {
        String pin = field.take();
        if (checking || pin.isEmpty()) {
            return;
        }
        checking = true;
        message.getStyleClass().remove(TherapistStyle.PIN_PROBLEM);
        message.setText(messages.get("therapist.pin.checking"));
        tasks.run(
                () -> pinMatches.test(pin),
                matches -> {
                    checking = false;
                    if (disposed) {
                        return;
                    }
                    if (matches) {
                        onUnlocked.run();
                    } else {
                        message.setText(messages.get("therapist.pin.wrong"));
                        message.getStyleClass().add(TherapistStyle.PIN_PROBLEM);
                        field.focus();
                    }
                },
                failure -> {
                    checking = false;
                    message.setText(
                            failure instanceof org.physiokiosk.kiosk.PinVault.LockedOut locked
                                    ? messages.format(
                                            "therapist.pin.locked",
                                            java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
                                                    .format(locked.until().atZone(java.time.ZoneId.systemDefault())))
                                    : messages.get("therapist.pin.broken"));
                    message.getStyleClass().add(TherapistStyle.PIN_PROBLEM);
                });
    }

    @Override
    public Parent view() {
        return root;
    }

    /** The field, for focusing at a desk: typing goes straight in. */
    public void focus() {
        field.focus();
    }

    @Override
    public void dispose() {
        disposed = true;
        field.clear();
    }
}
