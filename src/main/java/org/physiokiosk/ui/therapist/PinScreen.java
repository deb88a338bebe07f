package org.physiokiosk.ui.therapist;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.physiokiosk.kiosk.PinVault;
import org.physiokiosk.kiosk.PinWait;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.common.WakeTicker;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.i18n.Messages;

/**
 * The gate to therapist mode: a number pad for the touchscreen, and the keyboard at a desk. The PIN is
 * checked against the configured hash on a worker thread (the hash is slow on purpose) and is never
 * shown, logged or kept: the display is emptied after every try. Without a configured hash the gate says
 * how to set one and stays shut. During the vault's lock-out after wrong tries the digits and "open" are
 * disabled and the pad counts the wait down on the wall clock pushed in; they come back when it ends.
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
    private final Clock wallClock;
    private final Supplier<Optional<Instant>> lockedUntil;
    private final GateOpens opens;
    private final List<Button> lockable = new ArrayList<>();
    private final WakeTicker ticker;
    private Optional<PinWait> wait = Optional.empty();
    private boolean checking;
    private boolean disposed;

    /**
     * @param opens    what the right PIN opens, which the gate's words say
     * @param check    checks a typed PIN and says whether the gate is locked out; empty when no PIN is set
     * @param onCancel where "cancel" goes (back to the patient screens); empty at a desk PC
     */
    public PinScreen(
            Messages messages,
            GateOpens opens,
            Optional<PinCheck> check,
            TaskRunner tasks,
            Runnable onUnlocked,
            Optional<Runnable> onCancel) {
        this.wallClock = check.map(PinCheck::wallClock).orElseGet(Clock::systemUTC);
        this.lockedUntil = check.map(PinCheck::lockedUntil).orElse(Optional::empty);
        this.ticker = new WakeTicker("pin-lock-ticker", () -> {
            if (!disposed) {
                tick();
            }
        });
        this.messages = messages;
        this.opens = opens;
        this.pinMatches = check.map(PinCheck::matches).orElse(pin -> false);
        this.tasks = tasks;
        this.onUnlocked = onUnlocked;
        root.getStyleClass().addAll("pk-screen", TherapistStyle.PIN_SCREEN, TherapistStyle.PIN_PAD);
        root.setAlignment(Pos.CENTER);

        Label title = new Label(messages.get(opens.titleKey()));
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

        if (check.isEmpty()) {
            message.setText(messages.get(opens.notConfiguredKey()));
            message.getStyleClass().add(TherapistStyle.PIN_PROBLEM);
            root.getChildren().add(message);
            onCancel.ifPresent(cancel -> root.getChildren().add(backButton(cancel)));
            return;
        }
        message.setText(messages.get(opens.promptKey()));
        root.getChildren().addAll(message, field.view(), keypad());
        HBox actions = new HBox();
        actions.getStyleClass().add(TherapistStyle.PIN_ACTIONS);
        onCancel.ifPresent(cancel -> actions.getChildren().add(backButton(cancel)));
        Button ok = button(messages.get("therapist.pin.ok"), OK_ID, this::check);
        ok.getStyleClass().add("pk-big-button");
        lockable.add(ok);
        actions.getChildren().add(ok);
        root.getChildren().add(actions);
        askForLock();
    }

    private Button backButton(Runnable cancel) {
        Button back = button(messages.get("common.back"), CANCEL_ID, cancel);
        back.getStyleClass().add(TherapistStyle.PIN_BACK);
        return back;
    }

    /** Whether the vault refuses tries now; a gate opened during a lock-out shows it before anyone types. */
    private void askForLock() {
        tasks.run(
                lockedUntil::get,
                until -> until.ifPresent(this::lockUntil),
                failure -> {}); // unreadable tries file: the check itself says so when a PIN is tried
    }

    private void lockUntil(Instant until) {
        if (disposed) {
            return;
        }
        wait = Optional.of(new PinWait(until));
        field.clear();
        tick();
    }

    /** Looks at the lock-out on the wall clock: counts it down with the pad disabled, or ends it. Tests call it. */
    public void tick() {
        Instant now = wallClock.instant();
        boolean locked = wait.filter(w -> !w.isOver(now)).isPresent();
        lockable.forEach(button -> button.setDisable(locked));
        field.view().setDisable(locked);
        if (locked) {
            PinWait lock = wait.get();
            message.setText(messages.format(
                    "therapist.pin.lockedWait",
                    lock.minutesPart(now),
                    lock.secondsPart(now),
                    DateTimeFormatter.ofPattern("HH:mm:ss").format(lock.until().atZone(ZoneId.systemDefault()))));
            message.getStyleClass().remove(TherapistStyle.PIN_PROBLEM);
            message.getStyleClass().add(TherapistStyle.PIN_PROBLEM);
            ticker.start();
        } else if (wait.isPresent()) {
            wait = Optional.empty();
            ticker.stop();
            message.getStyleClass().remove(TherapistStyle.PIN_PROBLEM);
            message.setText(messages.get(opens.promptKey()));
            field.focus();
        }
    }

    /** Whether the pad refuses digits now (for tests). */
    public boolean isLocked() {
        return wait.isPresent();
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
        lockable.add(erase);
        pad.add(erase, 0, 3);
        pad.add(key("0"), 1, 3);
        return pad;
    }

    private Button key(String digit) {
        Button key = button(digit, KEY_ID_PREFIX + digit, () -> field.type(digit.charAt(0)));
        key.getStyleClass().add(TherapistStyle.KEY);
        key.setFocusTraversable(false);
        lockable.add(key);
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
        if (checking || pin.isEmpty() || isLocked()) {
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
                        askForLock(); // the fifth wrong try in a row starts a lock-out
                    }
                },
                failure -> {
                    checking = false;
                    if (failure instanceof PinVault.LockedOut locked) {
                        lockUntil(locked.until());
                        return;
                    }
                    message.setText(messages.get("therapist.pin.broken"));
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
        ticker.stop();
        field.clear();
    }
}
