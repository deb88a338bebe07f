package org.physiokiosk.ui.therapist;

import java.util.Collections;
import javafx.event.EventHandler;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.physiokiosk.kiosk.PinDigits;
import org.physiokiosk.ui.i18n.Messages;

/**
 * Where the PIN goes: one dot a typed digit and a steady mark where the next one goes. Not a text field on
 * purpose: a focused text field blinks its caret from an endless Timeline (TextInputControlSkin's), which keeps
 * JavaFX pulsing 60 times a second for as long as the PIN pad stands; CSS {@code -fx-display-caret: false} only
 * hides the caret, the Timeline still runs (decision 0025). The display takes the focus, so a desk keyboard
 * types into it; the number pad types through {@link #type(char)}.
 */
final class PinDisplay {

    private static final String DOT = "●";

    private final Label view = new Label();
    private final Region mark = new Region();
    private final PinDigits digits = new PinDigits();
    private final Messages messages;

    /** @param keys what a key pressed on the display does besides digits and backspace (Enter, Escape) */
    PinDisplay(String id, Messages messages, EventHandler<KeyEvent> keys) {
        this.messages = messages;
        view.setId(id);
        view.getStyleClass().addAll(TherapistStyle.PIN_FIELD, TherapistStyle.PIN_DISPLAY);
        mark.getStyleClass().add(TherapistStyle.PIN_MARK);
        view.setGraphic(mark);
        view.setContentDisplay(ContentDisplay.RIGHT);
        view.setFocusTraversable(true);
        view.setAccessibleRole(AccessibleRole.TEXT);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> view.requestFocus());
        view.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            if (typed.length() == 1 && Character.isDigit(typed.charAt(0))) {
                type(typed.charAt(0));
                event.consume();
            }
        });
        view.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.BACK_SPACE) {
                erase();
                event.consume();
            } else {
                keys.handle(event);
            }
        });
        show();
    }

    Label view() {
        return view;
    }

    void type(char digit) {
        if (digits.type(digit)) {
            show();
        }
    }

    void erase() {
        digits.erase();
        show();
    }

    /** The PIN typed so far, for checking; the display is empty afterwards. */
    String take() {
        String pin = digits.take();
        show();
        return pin;
    }

    void clear() {
        digits.clear();
        show();
    }

    void focus() {
        view.requestFocus();
    }

    private void show() {
        view.setText(String.join(" ", Collections.nCopies(digits.length(), DOT)));
        mark.setVisible(!digits.isFull()); // no place for another digit
        view.setAccessibleText(
                digits.isEmpty()
                        ? messages.get("therapist.pin.fieldPrompt")
                        : messages.format("therapist.pin.typed", digits.length()));
    }
}
