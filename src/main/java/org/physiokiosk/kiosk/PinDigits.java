package org.physiokiosk.kiosk;

import java.util.Arrays;

/**
 * The digits of a PIN as they are typed, before they are checked: only 0–9, at most {@link PinVault#MAX_LENGTH}.
 * They are never shown (a screen shows how many there are), and {@link #take()} hands them over and forgets them.
 */
public final class PinDigits {

    private final char[] digits = new char[PinVault.MAX_LENGTH];
    private int length;

    /** Adds {@code symbol} when it is a digit and there is room; says whether it did. */
    public boolean type(char symbol) {
        if (symbol < '0' || symbol > '9' || length == digits.length) {
            return false;
        }
        digits[length++] = symbol;
        return true;
    }

    /** Forgets the last digit, if any. */
    public void erase() {
        if (length > 0) {
            digits[--length] = '\0';
        }
    }

    public int length() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    public boolean isFull() {
        return length == digits.length;
    }

    /** The digits typed so far, for checking; afterwards none are kept. */
    public String take() {
        String pin = new String(digits, 0, length);
        clear();
        return pin;
    }

    public void clear() {
        Arrays.fill(digits, '\0');
        length = 0;
    }
}
