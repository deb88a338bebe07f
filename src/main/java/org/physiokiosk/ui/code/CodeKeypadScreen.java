package org.physiokiosk.ui.code;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.physiokiosk.program.CodeEntry;
import org.physiokiosk.program.KioskProgram;
import org.physiokiosk.program.ProgramCode;
import org.physiokiosk.program.ProgramStoreException;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.common.WakeTicker;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * The patient types the code from the handout on large keys: only the code's 32 symbols, a backspace and OK,
 * never the system keyboard. The typed code shows grouped as on paper ({@code K7QM-4XPR}). OK asks the store
 * on a worker ({@link CodeEntry} blocks); the answer shows here, the opened program goes to the shell. A code
 * the store does not know stays in the field, marked, so the patient can hold it against the paper and fix one
 * symbol with backspace; a symbol typed over it starts a new code.
 */
public final class CodeKeypadScreen implements Screen {

    public static final String FIELD_ID = "code-field";
    public static final String KEY_ID_PREFIX = "code-key-";
    public static final String BACKSPACE_ID = "code-backspace";
    public static final String OK_ID = "code-ok";
    public static final String MESSAGE_ID = "code-message";

    private static final int COLUMNS = 8;

    private final CodeEntry entry;
    private final TaskRunner tasks;
    private final LongSupplier clock;
    private final Supplier<LocalDate> today;
    private final Consumer<KioskProgram> onOpened;
    private final Messages messages;
    private final VBox root = new VBox();
    private final Label field = new Label();
    private final WrappingLabel message = new WrappingLabel("", CodeStyle.MESSAGE);
    private final List<Button> keys = new ArrayList<>();
    private final Button backspace;
    private final Button ok;
    private final StringBuilder typed = new StringBuilder(ProgramCode.LENGTH);
    private final WakeTicker lockTicker;
    private boolean busy;
    private boolean locked;
    /** The code in the field was asked for and not found; it stays until the patient edits or types over it. */
    private boolean notFound;

    private boolean disposed;

    public CodeKeypadScreen(
            CodeEntry entry,
            TaskRunner tasks,
            LongSupplier clock,
            Supplier<LocalDate> today,
            Messages messages,
            TopBar topBar,
            Consumer<KioskProgram> onOpened) {
        this.entry = entry;
        this.tasks = tasks;
        this.clock = clock;
        this.today = today;
        this.messages = messages;
        this.onOpened = onOpened;
        root.getStyleClass().addAll(Theme.SCREEN, CodeStyle.SCREEN);
        WrappingLabel title = new WrappingLabel(messages.get("code.title"), Theme.TITLE);
        WrappingLabel hint = new WrappingLabel(messages.get("code.hint"), Theme.SUBTITLE);
        field.setId(FIELD_ID);
        field.getStyleClass().add(CodeStyle.FIELD);
        field.setMaxWidth(Double.MAX_VALUE);
        message.setId(MESSAGE_ID);

        // 32 symbols: always 4 rows of 8, in alphabet order (digits first), so a key is where the eye expects it.
        GridPane pad = new GridPane();
        pad.getStyleClass().add(CodeStyle.PAD);
        for (int i = 0; i < ProgramCode.ALPHABET.length(); i++) {
            char symbol = ProgramCode.ALPHABET.charAt(i);
            Button key = key(KEY_ID_PREFIX + symbol, String.valueOf(symbol), () -> type(symbol));
            keys.add(key);
            pad.add(key, i % COLUMNS, i / COLUMNS);
        }
        backspace = key(BACKSPACE_ID, "⌫  " + messages.get("code.backspace"), this::erase);
        backspace.getStyleClass().add(CodeStyle.WIDE_KEY);
        ok = key(OK_ID, "✓  " + messages.get("code.ok"), this::submit);
        ok.getStyleClass().addAll(CodeStyle.WIDE_KEY, Theme.MAIN_ACTION);
        VBox actions = new VBox(backspace, ok);
        actions.getStyleClass().add(CodeStyle.ACTIONS);
        // Backspace and OK beside the keys on a landscape screen; below them when the screen is too narrow.
        FlowPane keypad = new FlowPane(pad, actions);
        keypad.getStyleClass().add(CodeStyle.KEYPAD);
        root.getChildren().addAll(topBar.view(), title, hint, field, message, keypad);

        // Wakes only while the keypad is locked, to count the seconds down; stopped when the lock ends. A wake queued
        // before dispose() must not start it again.
        lockTicker = new WakeTicker("code-lock-ticker", () -> {
            if (!disposed) {
                tick();
            }
        });
        tick();
        show();
    }

    private static Button key(String id, String text, Runnable action) {
        Button key = new Button(text);
        key.setId(id);
        key.getStyleClass().add(CodeStyle.KEY);
        key.setFocusTraversable(false); // a touch keypad: no focus ring hopping over 34 keys
        key.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        key.setOnAction(event -> action.run());
        return key;
    }

    private void type(char symbol) {
        if (notFound) {
            typed.setLength(0);
            notFound = false;
        }
        if (typed.length() < ProgramCode.LENGTH) {
            typed.append(symbol);
            message.setText("");
        }
        show();
    }

    private void erase() {
        if (!typed.isEmpty()) {
            typed.setLength(typed.length() - 1);
        }
        if (notFound) {
            notFound = false;
            message.setText("");
        }
        show();
    }

    private void submit() {
        if (busy || typed.length() < ProgramCode.LENGTH) {
            return;
        }
        busy = true;
        message.setText(messages.get("code.checking"));
        show();
        String code = typed.toString();
        LocalDate day = today.get();
        long now = clock.getAsLong();
        tasks.run(
                () -> {
                    try {
                        return entry.enter(code, day, now);
                    } catch (ProgramStoreException e) {
                        throw new IllegalStateException(e);
                    }
                },
                this::answer,
                failure -> {
                    busy = false;
                    if (!disposed) {
                        message.setText(messages.get("code.unavailable"));
                        show();
                    }
                });
    }

    private void answer(CodeEntry.Outcome outcome) {
        busy = false;
        if (disposed) {
            return;
        }
        if (outcome instanceof CodeEntry.Outcome.Opened opened) {
            typed.setLength(0);
            onOpened.accept(opened.program());
            return;
        }
        notFound = true; // unknown, or the miss that locked the keypad: the code stays to compare with the paper
        if (outcome instanceof CodeEntry.Outcome.Unknown) {
            message.setText(messages.get("code.unknown"));
        } else if (outcome instanceof CodeEntry.Outcome.Lapsed) {
            message.setText(messages.get("code.lapsed"));
        }
        tick(); // a Locked outcome shows its countdown from here
    }

    /** Looks at the lock on the clock the app pushes in: shows the seconds left, or ends the lock. */
    public void tick() {
        Duration left = entry.lockedFor(clock.getAsLong());
        if (!left.isZero()) {
            long seconds = (left.toMillis() + 999) / 1000;
            message.setText(messages.format("code.locked", seconds));
            locked = true;
            lockTicker.start();
        } else if (locked) {
            message.setText("");
            locked = false;
            lockTicker.stop();
        }
        show();
    }

    private void show() {
        String text = typed.toString();
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < ProgramCode.LENGTH; i++) {
            if (i == ProgramCode.LENGTH / 2) {
                shown.append('-');
            }
            shown.append(i < text.length() ? text.charAt(i) : '_');
        }
        field.setText(shown.toString());
        field.setAccessibleText(text.isEmpty() ? messages.get("code.title") : text);
        field.pseudoClassStateChanged(CodeStyle.NOT_FOUND, notFound);
        boolean full = text.length() == ProgramCode.LENGTH;
        keys.forEach(key -> key.setDisable(locked || busy || (full && !notFound)));
        backspace.setDisable(locked || busy || text.isEmpty());
        ok.setDisable(locked || busy || !full || notFound);
    }

    /** The code as typed so far (for tests). */
    public String typed() {
        return typed.toString();
    }

    @Override
    public Parent view() {
        return root;
    }

    @Override
    public void dispose() {
        disposed = true;
        lockTicker.stop();
        typed.setLength(0);
    }
}
