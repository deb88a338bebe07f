package org.physiokiosk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.physiokiosk.common.FileErrors;
import org.physiokiosk.common.Language;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ProgramTemplate;
import org.physiokiosk.handout.HandoutRenderer;
import org.physiokiosk.handout.HandoutSettings;
import org.physiokiosk.kiosk.AppFolders;
import org.physiokiosk.kiosk.Settings;
import org.physiokiosk.kiosk.SettingsFile;
import org.physiokiosk.program.FileProgramStore;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramStoreException;
import org.physiokiosk.program.ProgramTemplates;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Writes the handout of a template or a saved program as a PDF: the same bytes the builder previews and
 * prints. Exit 0 when written, 1 when the template, program or output cannot be used (the message says
 * which), 2 for bad usage. The clinic's name and contact line (and its content folder, unless --content is
 * given) come from the data folder's settings file, found as the kiosk finds it: {@code --home DIR} (also
 * before the command), else {@code PHYSIOKIOSK_HOME}, else the usual per-user folder. Without a settings file
 * the handout is headed "PhysioKiosk" with no phone number, so export says so on the error stream.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write a home program's handout as an A4 PDF (PDF/A-2b, PDF/UA-1).")
public final class ExportCommand implements Callable<Integer> {

    static final class Source {
        @Option(
                names = "--template",
                paramLabel = "ID",
                required = true,
                description = "A program template's id (see 'list').")
        String template;

        @Option(
                names = "--program",
                paramLabel = "FILE",
                required = true,
                description = "A saved program file (<id>.json in the data folder's programs/).")
        Path program;
    }

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--out", paramLabel = "FILE.pdf", required = true, description = "Where to write the PDF.")
    Path out;

    @Option(
            names = "--lang",
            paramLabel = "nl|en",
            description = "Handout language (default: the program's; for a template the settings' language).")
    String language;

    @Option(
            names = "--home",
            paramLabel = "DIR",
            description = "Data folder whose settings.properties gives the clinic's name, contact line and content"
                    + " folder (default: $PHYSIOKIOSK_HOME, else the kiosk's usual data folder).")
    Path home;

    @Mixin
    ContentFolderOption content;

    @Override
    public Integer call() {
        if (language != null && !Language.isSupported(language)) {
            throw new ParameterException(
                    spec.commandLine(), "--lang must be one of " + Language.codes() + ", not '" + language + "'");
        }
        Optional<String> refusal = OutputFile.refusal(out);
        if (refusal.isPresent()) {
            return fail(refusal.get());
        }
        Path settingsFile = (home != null ? new AppFolders(home) : AppFolders.fromEnvironment()).settingsFile();
        if (!Files.isRegularFile(settingsFile)) {
            note("no " + settingsFile + "; the handout is headed '" + Settings.DEMO.clinicName()
                    + "' without a contact line (give --home DIR or set PHYSIOKIOSK_HOME to the kiosk's data folder)");
        }
        SettingsFile.Read read = SettingsFile.read(settingsFile);
        // The handout carries what the settings say: a line the kiosk would warn about must not pass silently here.
        read.problems().forEach(this::note);
        Settings settings = read.settings();
        Catalog catalog = content.loadOr(settings.contentFolder()).catalog();
        Optional<Program> program = source.template != null ? fromTemplate(catalog, settings) : fromFile();
        if (program.isEmpty()) {
            return 1;
        }
        try {
            HandoutRenderer renderer =
                    new HandoutRenderer(catalog, new HandoutSettings(settings.clinicName(), settings.contactLine()));
            OutputFile.write(out, stream -> renderer.write(program.get(), stream));
        } catch (IllegalArgumentException e) {
            return fail("cannot make the handout: " + e.getMessage());
        } catch (IOException e) {
            return fail("cannot write " + out + ": " + FileErrors.describe(e));
        }
        spec.commandLine().getOut().println("wrote " + out);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private Optional<Program> fromTemplate(Catalog catalog, Settings settings) {
        ProgramTemplate template = catalog.templates().get(source.template);
        if (template == null) {
            fail("unknown template '" + source.template + "'; known: "
                    + String.join(", ", catalog.templates().keySet()));
            return Optional.empty();
        }
        try {
            return Optional.of(ProgramTemplates.fromTemplate(
                    template, catalog, language != null ? language : settings.language(), LocalDate.now()));
        } catch (IllegalArgumentException e) {
            fail("template '" + source.template + "' cannot be used: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A saved program is read through the file store, which checks it the same way the builder does. */
    private Optional<Program> fromFile() {
        Path file = source.program.toAbsolutePath();
        String name = file.getFileName().toString();
        if (!Files.exists(file)) {
            fail("cannot read " + source.program + ": no such file");
            return Optional.empty();
        }
        if (!name.endsWith(".json") || !Files.isRegularFile(file)) {
            fail("cannot read " + source.program + ": "
                    + (Files.isDirectory(file) ? "a folder" : "not a program file")
                    + " (a saved program is <id>.json)");
            return Optional.empty();
        }
        try {
            Optional<Program> program =
                    new FileProgramStore(file.getParent()).load(name.substring(0, name.length() - 5));
            if (program.isEmpty()) {
                fail("cannot read " + source.program + ": not a saved program (its name must be its id, <id>.json)");
                return Optional.empty();
            }
            return program.map(p -> language == null
                    ? p
                    : new Program(
                            p.id(),
                            p.revision(),
                            p.title(),
                            p.patient(),
                            p.therapist(),
                            p.date(),
                            p.reviewDate(),
                            p.instructions(),
                            language,
                            p.items()));
        } catch (ProgramStoreException e) {
            fail("cannot read " + e.getMessage());
            return Optional.empty();
        }
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("export: " + message);
        spec.commandLine().getErr().flush();
        return 1;
    }

    private void note(String message) {
        spec.commandLine().getErr().println("export: note: " + message);
        spec.commandLine().getErr().flush();
    }
}
