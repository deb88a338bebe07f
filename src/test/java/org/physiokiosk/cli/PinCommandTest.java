package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.physiokiosk.kiosk.PinHash;
import picocli.CommandLine;

/** The pin command, as a script runs it with the PIN on standard input (tests have no console). */
class PinCommandTest {

    private final InputStream originalIn = System.in;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void restoreStandardInput() {
        System.setIn(originalIn);
    }

    private int run(String stdin) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        CommandLine commandLine = new CommandLine(new KioskCommand(options -> {}));
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute("pin");
    }

    @Test
    void printsASettingsLineWhoseHashMatchesThePinAndNeverThePinItself() {
        assertThat(run("482913\n")).isZero();
        String line = out.toString().strip();
        assertThat(line).startsWith("therapistPinHash=pbkdf2-sha256$600000$").doesNotContain("482913");
        String hash = line.substring("therapistPinHash=".length());
        assertThat(new PinHash().matches("482913".toCharArray(), hash)).isTrue();
        assertThat(new PinHash().matches("482914".toCharArray(), hash)).isFalse();
    }

    @Test
    void refusesAPinThatIsNotFourToTwelveDigits() {
        assertThat(run("12a4\n")).isEqualTo(1);
        assertThat(run("123\n")).isEqualTo(1);
        assertThat(run("\n")).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("4 to 12 digits");
    }
}
