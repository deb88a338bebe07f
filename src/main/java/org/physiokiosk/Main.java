package org.physiokiosk;

import org.physiokiosk.cli.KioskCommand;
import org.physiokiosk.ui.shell.KioskLauncher;

/**
 * Entry point of the one jar: with no command it opens the kiosk, otherwise it runs a command-line
 * command. It does not extend {@code Application}, so {@code java -jar} works with JavaFX on the class path.
 * This is the only class outside {@code ui} that knows the kiosk window exists.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        var kioskOnly = KioskArguments.parse(args);
        if (kioskOnly.isPresent()) {
            KioskLauncher.launch(kioskOnly.get()); // the common start, without picocli's command model
            return;
        }
        int exitCode = KioskCommand.commandLine(KioskLauncher::launch).execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}
