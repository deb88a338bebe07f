package org.physiokiosk.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.physiokiosk.kiosk.LaunchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command: opens the kiosk window unless a subcommand is given. */
@Command(name = "physio-kiosk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Exercise kiosk and home-program handouts for physiotherapy clinics.%n"
                + "Without a command it opens the kiosk in a window.",
        subcommands = {ValidateCommand.class, ListCommand.class, GalleryCommand.class, ExportCommand.class, PinCommand.class})
public final class KioskCommand implements Runnable {

    private final Consumer<LaunchOptions> kioskLauncher;

    @Option(names = "--kiosk", description = "Full screen and locked down, as a clinic runs it.")
    boolean kiosk;

    @Option(names = "--content", paramLabel = "DIR", description = "A clinic content folder laid over the bundled content.")
    Path content;

    @Option(names = "--therapist", description = "Straight to the program builder (a desk PC); asks the PIN when one is set.")
    boolean therapist;

    @Option(names = "--lang", paramLabel = "nl|en", description = "Start language (default: the settings file's, else nl).")
    String language;

    public KioskCommand(Consumer<LaunchOptions> kioskLauncher) {
        this.kioskLauncher = kioskLauncher;
    }

    @Override
    public void run() {
        kioskLauncher.accept(new LaunchOptions(kiosk, Optional.ofNullable(content),
                Optional.ofNullable(language), therapist));
    }
}
