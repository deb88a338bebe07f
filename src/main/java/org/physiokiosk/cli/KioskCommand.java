package org.physiokiosk.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.physiokiosk.kiosk.LaunchOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The top-level command: opens the kiosk window unless a subcommand is given. Options written before a
 * subcommand apply to it ({@code --content DIR validate} is {@code validate --content DIR}); one the
 * subcommand does not have is a usage error, never silently dropped. See {@link TopOptionsForwarding}.
 */
@Command(
        name = "physio-kiosk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Exercise kiosk and home-program handouts for physiotherapy clinics.%n"
                + "Without a command it opens the kiosk in a window.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            "0:done",
            "1:the input could not be used (invalid content, an unknown template, an unreadable program,"
                    + " an output that cannot be written) or the command failed; the error stream says why",
            "2:bad usage (an unknown or missing option or command)"
        },
        subcommands = {
            ValidateCommand.class,
            ListCommand.class,
            GalleryCommand.class,
            ExportCommand.class,
            PinCommand.class,
            ProgramsCommand.class,
            CommandLine.HelpCommand.class
        })
public final class KioskCommand implements Runnable {

    /**
     * PDFBox warns on every run that it draws Helvetica with a look-alike (Liberation Sans, same widths) when
     * the machine has no Helvetica, which is the normal case; the drawing is right, so only errors are shown.
     * Held here because java.util.logging keeps loggers weakly, and a collected logger forgets its level.
     */
    private static final Logger PDFBOX_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    private final Consumer<LaunchOptions> kioskLauncher;

    @Spec
    CommandSpec spec;

    @Option(names = "--kiosk", description = "Full screen and locked down, as a clinic runs it.")
    boolean kiosk;

    @Option(
            names = "--content",
            paramLabel = "DIR",
            description = "A clinic content folder laid over the bundled content.")
    Path content;

    @Option(
            names = "--therapist",
            description = "Straight to the program builder (a desk PC); asks the PIN when one is set.")
    boolean therapist;

    @Option(
            names = "--home",
            paramLabel = "DIR",
            description = "Data folder (settings.properties, PIN, programs, logs); overrides PHYSIOKIOSK_HOME.")
    Path home;

    private String language;

    public KioskCommand(Consumer<LaunchOptions> kioskLauncher) {
        this.kioskLauncher = kioskLauncher;
    }

    /** The command line as {@code Main} runs it: options before a subcommand are handed to it. */
    public static CommandLine commandLine(Consumer<LaunchOptions> kioskLauncher) {
        PDFBOX_FONTS.setLevel(Level.SEVERE);
        CommandLine commandLine = new CommandLine(new KioskCommand(kioskLauncher));
        commandLine.setExecutionStrategy(TopOptionsForwarding::execute);
        commandLine.setExecutionExceptionHandler(new UnexpectedFailure());
        commandLine.registerConverter(Path.class, new PathArgument()); // for every subcommand too
        return commandLine;
    }

    @Option(
            names = "--lang",
            paramLabel = "nl|en",
            description = "Start language (default: the settings file's, else nl).")
    void language(String code) {
        this.language = Languages.check(spec.commandLine(), "--lang", code);
    }

    @Override
    public void run() {
        kioskLauncher.accept(new LaunchOptions(
                kiosk,
                Optional.ofNullable(content),
                Optional.ofNullable(language),
                therapist,
                Optional.ofNullable(home)));
    }
}
