package org.physiokiosk.ui.builder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.physiokiosk.common.DocumentFile;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.Program;
import org.physiokiosk.ui.i18n.Messages;

/**
 * The handout's two outputs: the PDF file and the printer. Both are made on a worker thread; a failure is said
 * plainly and the program on screen is kept.
 */
final class HandoutCommands {

    private static final Logger LOG = Logger.getLogger(HandoutCommands.class.getName());

    private final BuilderModel model;
    private final BuilderServices services;
    private final Messages messages;
    private final Notices notices;
    private final KioskCodePane code;
    private final Refusals refusals;
    private boolean printing;

    HandoutCommands(
            BuilderModel model,
            BuilderServices services,
            Messages messages,
            Notices notices,
            KioskCodePane code,
            Refusals refusals) {
        this.model = model;
        this.services = services;
        this.messages = messages;
        this.notices = notices;
        this.code = code;
        this.refusals = refusals;
    }

    void export() {
        if (refusals.whileRed("builder.problems.export") || refusals.whileMissing("builder.missing.export")) {
            return;
        }
        Program program = model.program();
        Optional<IssuedCode> kioskCode = codeOf(program);
        Optional<Path> target = services.exportTarget()
                .choose(ExportFileName.suggest(
                        program, Messages.bundleFor(program.language()).getString("builder.export.defaultName")));
        if (target.isEmpty()) {
            return;
        }
        notices.progress(messages.get("builder.export.busy"));
        services.tasks()
                .run(
                        () -> {
                            try {
                                byte[] pdf = services.handout().pdf(program, kioskCode);
                                DocumentFile.write(target.get(), stream -> stream.write(pdf));
                                return target.get();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        path -> notices.info(doneLine(messages.format("builder.export.done", path.getFileName()))),
                        failure -> {
                            LOG.log(Level.WARNING, "export failed", failure);
                            notices.error(messages.get(
                                    failure instanceof UnsupportedOperationException
                                            ? "builder.preview.notYet"
                                            : "builder.export.failed"));
                        });
    }

    /** The system print dialog, then the printer; one print at a time (the dialog blocks the worker thread). */
    void print() {
        if (printing || refusals.whileRed("builder.problems.print") || refusals.whileMissing("builder.missing.print")) {
            return;
        }
        printing = true;
        Program program = model.program();
        Optional<IssuedCode> kioskCode = codeOf(program);
        notices.progress(messages.get("builder.print.busy"));
        services.tasks()
                .run(
                        () -> {
                            try {
                                return services.handout().print(program, kioskCode);
                            } catch (RuntimeException e) {
                                throw e;
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        printed -> {
                            printing = false;
                            notices.info(
                                    printed == HandoutOutput.Printed.SENT
                                            ? doneLine(messages.get("builder.print.done"))
                                            : messages.get("builder.print.cancelled"));
                        },
                        failure -> {
                            printing = false;
                            LOG.log(Level.WARNING, "printing failed", failure);
                            notices.error(messages.get(printFailure(failure)));
                        });
    }

    private static String printFailure(Throwable failure) {
        if (failure instanceof UnsupportedOperationException) {
            return "builder.print.notYet";
        }
        if (failure.getCause() instanceof HandoutOutput.NoPrinterException) {
            return "builder.print.noPrinter";
        }
        return failure instanceof java.awt.HeadlessException || failure.getCause() instanceof java.awt.HeadlessException
                ? "builder.print.noDialog"
                : "builder.print.failed";
    }

    /** The code printed on page 1: the saved program's own, and none while there are unsaved changes. */
    private Optional<IssuedCode> codeOf(Program program) {
        return HandoutCode.of(code.current(), program, model.unsavedProperty().get());
    }

    /** The line said when a handout is done: it names a code left off because the program is not saved. */
    private String doneLine(String done) {
        Program program = model.program();
        return HandoutCode.leftOff(
                        code.current(), program, model.unsavedProperty().get())
                ? done + " " + messages.get("builder.handout.codeLeftOff")
                : done;
    }
}
