package org.physiokiosk.ui.therapist;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.physiokiosk.kiosk.PinVault;
import org.physiokiosk.kiosk.PinWait;
import org.physiokiosk.ui.common.DigitPad;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.common.WakeTicker;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.i18n.Messages;

/**
 * "Change PIN" in the staff menu: the current PIN, the new one twice, typed on the digits or a keyboard.
 * The change itself (slow hashing, the file) runs on a worker; the fields are emptied after every try. While the
 * vault locks tries out (wrong current PINs count towards the same lock-out as the gate's) the fields, digits and
 * "save" are disabled and the wait is counted down on the wall clock pushed in, as on the PIN gate; no field keeps
 * the focus then, so no caret blinks (and keeps JavaFX pulsing) through a fifteen-minute wait.
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
    private final Button save;
    private final GridPane digits;
    private final Messages messages;
    private final Clock wallClock;
    private final WakeTicker ticker;
    private Optional<PinWait> wait = Optional.empty();
    private boolean disposed;
    private boolean busy;

    /** Without a lock-out to ask about when it opens: a lock-out shows from the first refused try, on the system clock. */
    /**
     * @param wallClock   the clock the vault's lock-out is on
     * @param lockedUntil until when the vault refuses tries (asked on a worker when the screen opens)
     */
    public PinChangeScreen(
            Messages messages,
            TaskRunner tasks,
            Change change,
            Clock wallClock,
            Supplier<Optional<Instant>> lockedUntil,
            Runnable onDone) {
        this.messages = messages;
        this.wallClock = wallClock;
        this.ticker = new WakeTicker("pin-change-lock-ticker", () -> {
            if (!disposed) {
                tick();
            }
        });
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
        save = new Button(messages.get("pin.change.save"));
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
                        if (failure instanceof PinVault.LockedOut locked) {
                            lockUntil(locked.until());
                        } else {
                            showProblem(messages.get("pin.change.failed"));
                        }
                    });
        });
        HBox actions = new HBox(back, save);
        actions.getStyleClass().add(TherapistStyle.PIN_ACTIONS);
        // The digits beside the form, not under it: all of it fits a 1280x800 screen.
        form.getChildren().addAll(message, actions);
        digits = DigitPad.create(List.of(old, pin, repeat), messages.get("therapist.pin.erase"), PinVault.MAX_LENGTH);
        HBox body = new HBox(form, digits);
        body.getStyleClass().add(TherapistStyle.FORM_BESIDE_DIGITS);
        root.getChildren().addAll(title, body);
        tasks.run(
                lockedUntil::get,
                until -> until.ifPresent(this::lockUntil),
                failure -> {}); // an unreadable tries file: the change itself says so when it is tried
    }

    private void lockUntil(Instant until) {
        if (disposed) {
            return;
        }
        wait = Optional.of(new PinWait(until));
        tick();
    }

    /** Looks at the lock-out on the wall clock: counts it down with the form disabled, or ends it. Tests call it. */
    public void tick() {
        Instant now = wallClock.instant();
        boolean locked = wait.filter(w -> !w.isOver(now)).isPresent();
        if (locked && (old.isFocused() || pin.isFocused() || repeat.isFocused())) {
            root.requestFocus(); // a disabled field that kept the focus would blink its caret through the wait
        }
        List.of(old, pin, repeat, save, digits).forEach(node -> node.setDisable(locked));
        if (locked) {
            PinWait lock = wait.get();
            List.of(old, pin, repeat).forEach(PasswordField::clear);
            showProblem(messages.format(
                    "therapist.pin.lockedWait",
                    lock.minutesPart(now),
                    lock.secondsPart(now),
                    DateTimeFormatter.ofPattern("HH:mm:ss").format(lock.until().atZone(ZoneId.systemDefault()))));
            ticker.start();
        } else if (wait.isPresent()) {
            wait = Optional.empty();
            ticker.stop();
            message.getStyleClass().remove(TherapistStyle.PIN_PROBLEM);
            message.setText("");
            old.requestFocus();
        }
    }

    /** Whether the form refuses tries now (for tests). */
    public boolean isLocked() {
        return wait.isPresent();
    }

    private void showProblem(String text) {
        message.setText(text);
        message.getStyleClass().remove(TherapistStyle.PIN_PROBLEM); // added once, however often it is said
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
        ticker.stop();
        List.of(old, pin, repeat).forEach(PasswordField::clear);
    }
}
