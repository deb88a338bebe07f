package org.physiokiosk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.physiokiosk.kiosk.PinHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Makes the line for settings.properties that lets therapists in with a PIN, without the PIN itself ever
 * being written anywhere: it is read twice without echo (or once from standard input, for scripts).
 */
@Command(
        name = "pin",
        mixinStandardHelpOptions = true,
        description = "Ask for a new therapist PIN (4 to 12 digits) and print the settings line with its salted hash:"
                + "%n  therapistPinHash=pbkdf2-sha256$600000$...%nPut that line in settings.properties.")
public final class PinCommand implements Callable<Integer> {

    static final int MIN_DIGITS = 4;
    static final int MAX_DIGITS = 12;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        char[] pin = null;
        char[] again = null;
        try {
            Console console = System.console();
            if (console != null) {
                pin = console.readPassword("New PIN: ");
                again = console.readPassword("The same PIN again: ");
            } else {
                // A script pipes the PIN in: one line, read once.
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                pin = line == null ? new char[0] : line.strip().toCharArray();
                again = pin.clone();
            }
            if (pin == null || again == null || !Arrays.equals(pin, again)) {
                err.println("The two PINs differ; nothing was made.");
                return 1;
            }
            if (pin.length < MIN_DIGITS || pin.length > MAX_DIGITS || !allDigits(pin)) {
                err.println("A PIN is " + MIN_DIGITS + " to " + MAX_DIGITS + " digits (0-9); nothing was made.");
                return 1;
            }
            out.println("therapistPinHash=" + new PinHash().hash(pin));
            out.flush();
            return 0;
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
            if (again != null) {
                Arrays.fill(again, '\0');
            }
        }
    }

    private static boolean allDigits(char[] pin) {
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
