package org.physiokiosk.program;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * The short code on a handout that opens one program on the kiosk's keypad: 8 symbols from a 32-symbol
 * alphabet, so exactly 40 bits, shown in two groups ({@code K7QM-4XPR}).
 *
 * <p>The alphabet is the digits 2–9 and the capital letters without I and O: 0/O and 1/I/l are the pairs
 * older eyes (and handwriting) confuse most. L stays, because neither 1 nor a lower-case l is ever shown.
 * 31 symbols would give only 39.6 bits over 8 characters; a 9th character costs every patient a key press,
 * a 32nd symbol costs nothing.
 *
 * <p>Parsing is lenient about what is harmless (lower case, spaces, dashes) and strict about the rest: an
 * excluded symbol is refused with the reason, never silently mapped (O to 0), since a wrong guess opens a
 * stranger's program or none at all.
 */
public record ProgramCode(String value) {

    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int LENGTH = 8;

    public ProgramCode {
        if (value == null || value.length() != LENGTH) {
            throw new IllegalArgumentException("a program code has " + LENGTH + " symbols");
        }
        for (int i = 0; i < value.length(); i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new IllegalArgumentException("'" + value.charAt(i) + "' is not a program code symbol");
            }
        }
    }

    /** A fresh code from a strong random source: codes are the only key to a program at the kiosk. */
    public static ProgramCode random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ProgramCode(code.toString());
    }

    public static ProgramCode random() {
        return random(new SecureRandom());
    }

    /** Reads what a person typed; a problem says why in plain words (for a log or a therapist, not the kiosk). */
    public static Parsed<ProgramCode> parse(String typed) {
        if (typed == null) {
            return Parsed.problem("no code given");
        }
        StringBuilder symbols = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2013') {
                continue;
            }
            char upper = Character.toUpperCase(c);
            if (ALPHABET.indexOf(upper) < 0) {
                return Parsed.problem(excluded(c));
            }
            symbols.append(upper);
        }
        if (symbols.length() != LENGTH) {
            return Parsed.problem("a program code has " + LENGTH + " symbols, this has " + symbols.length());
        }
        return Parsed.value(new ProgramCode(symbols.toString()));
    }

    private static String excluded(char c) {
        return switch (c) {
            case '0', 'O', 'o' -> "codes use neither 0 nor O, so the two cannot be mixed up";
            case '1', 'I', 'i' -> "codes use neither 1 nor I, so the two cannot be mixed up";
            default -> "'" + c + "' never appears in a program code";
        };
    }

    /** Grouped for reading aloud and typing: {@code K7QM-4XPR}. */
    public String grouped() {
        return value.substring(0, LENGTH / 2) + "-" + value.substring(LENGTH / 2);
    }

    @Override
    public String toString() {
        return grouped();
    }
}
