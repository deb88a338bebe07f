package org.physiokiosk.ui.builder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.physiokiosk.content.ProgramTemplate;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.program.ProgramStoreException;
import org.physiokiosk.program.ProgramTemplates;
import org.physiokiosk.program.SavedProgram;
import org.physiokiosk.program.SavedPrograms;
import org.physiokiosk.ui.i18n.Messages;

/**
 * What the toolbar and side panes ask for: new, open, save, duplicate, delete, export and print. Every
 * store and file call runs on a worker thread; a failure is said plainly and the program on screen is kept.
 * Logs name programs by id only, never by title or patient.
 */
final class BuilderCommands {

    private static final Logger LOG = Logger.getLogger(BuilderCommands.class.getName());

    private final BuilderModel model;
    private final BuilderServices services;
    private final Messages messages;
    private final Notices notices;
    private final SavedProgramsPane saved;
    private final KioskCodePane code;
    private boolean busy;
    private boolean printing;
    private List<String> loggedProblems = List.of();

    BuilderCommands(
            BuilderModel model,
            BuilderServices services,
            Messages messages,
            Notices notices,
            SavedProgramsPane saved,
            KioskCodePane code) {
        this.code = code;
        this.model = model;
        this.services = services;
        this.messages = messages;
        this.notices = notices;
        this.saved = saved;
    }

    LocalDate today() {
        return LocalDate.now(services.clock());
    }

    /** A blank program in the same handout language; asks first when there are unsaved changes. */
    void newProgram() {
        if (mayLeaveCurrent()) {
            Program current = model.program();
            model.replace(Program.empty(today(), current.language()));
            notices.clear();
        }
    }

    void startFrom(ProgramTemplate template) {
        if (mayLeaveCurrent()) {
            Program current = model.program();
            Program started = ProgramTemplates.fromTemplate(template, services.catalog(), current.language(), today());
            model.replace(started.withTherapist(current.therapist()));
            notices.info(messages.get("builder.templates.started"));
        }
    }

    void save() {
        if (busy || refusedWhileRed("builder.problems.save")) {
            return;
        }
        busy = true;
        Program program = model.program();
        notices.progress(messages.get("builder.save.saving"));
        services.tasks()
                .run(
                        inStore(() -> services.store().save(program)),
                        stored -> {
                            busy = false;
                            model.markSaved(stored);
                            code.saved(stored);
                            notices.saved(messages.get("builder.save.done"));
                            refreshSaved();
                        },
                        failure -> {
                            busy = false;
                            LOG.log(
                                    Level.WARNING,
                                    "saving program " + program.id().orElse("(new)") + " failed",
                                    failure);
                            Throwable cause = cause(failure);
                            if (cause instanceof ProgramStoreException.Conflict) {
                                refreshSaved(); // the list shows the other desk's title, not the one it had
                                notices.error(messages.get("builder.save.conflict"));
                                if (services.confirm().test(messages.get("builder.save.conflictCopy"))) {
                                    saveAsCopy(program);
                                }
                                return;
                            }
                            notices.error(SaveFailureWords.of(cause, services.store(), messages));
                        });
    }

    /**
     * After a conflict: the open work, edits and all, saved as a new program beside the other desk's version
     * (F35). A new id and no code of the original: the copy gets its own code as any first save does.
     */
    private void saveAsCopy(Program open) {
        busy = true;
        Program copy = new Program(
                Optional.empty(),
                0,
                messages.format("builder.saved.copyTitle", open.title()),
                open.patient(),
                open.therapist(),
                open.date(),
                open.reviewDate(),
                open.instructions(),
                open.language(),
                open.items());
        services.tasks()
                .run(
                        inStore(() -> services.store().save(copy)),
                        stored -> {
                            busy = false;
                            model.replace(stored);
                            code.saved(stored);
                            notices.saved(messages.get("builder.save.copied"));
                            refreshSaved();
                        },
                        failure -> {
                            busy = false;
                            LOG.log(
                                    Level.WARNING,
                                    "saving a copy of " + open.id().orElse("(new)") + " failed",
                                    failure);
                            notices.error(SaveFailureWords.of(cause(failure), services.store(), messages));
                        });
    }

    /** A handout cannot show an exercise the content no longer holds: say which, before any file dialog opens. */
    private boolean refusedWhileMissing(String key) {
        Optional<String> where =
                MissingExercises.in(model.program(), services.catalog()).where();
        where.ifPresent(exercises -> notices.error(messages.format(key, exercises)));
        return where.isPresent();
    }

    /**
     * Save, PDF and print take the program as it is; while a field shows refused text that would quietly drop
     * what the therapist typed (F17). Says which field, and brings it into view.
     */
    private boolean refusedWhileRed(String key) {
        Optional<BuilderModel.FieldProblem> red = model.firstHeldBack();
        red.ifPresent(problem -> {
            int others = model.heldBackCount() - 1;
            String where =
                    others == 0 ? problem.where() : messages.format("builder.problems.more", problem.where(), others);
            notices.refused(messages.format(key, where), problem.field());
        });
        return red.isPresent();
    }

    /** Reads the list again (with today's codes); each unreadable file is logged once, by file, not each time. */
    void refreshSaved() {
        saved.showLoading(messages.get("common.loading"));
        services.tasks()
                .run(
                        inStore(() -> SavedPrograms.read(services.store(), services.codes(), today())),
                        list -> {
                            logUnreadable(list);
                            saved.show(list);
                        },
                        failure -> {
                            LOG.log(Level.WARNING, "listing the saved programs failed", failure);
                            saved.showFailure(messages.get("builder.saved.listFailed"));
                        });
    }

    private void logUnreadable(SavedPrograms list) {
        List<String> problems = list.unreadable().stream()
                .map(ProgramStore.Unreadable::technical)
                .toList();
        problems.stream()
                .filter(p -> !loggedProblems.contains(p))
                .forEach(p -> LOG.warning("program file not read: " + p));
        loggedProblems = problems;
        if (list.codesNotRead() > 0) {
            LOG.warning(() -> "the kiosk codes of " + list.codesNotRead() + " saved programs could not be read");
        }
    }

    void open(ProgramStore.Summary summary) {
        load(summary, program -> {
            model.replace(program);
            notices.info(messages.get("builder.saved.opened"));
        });
    }

    /** A copy to change for another patient: new id, no patient name, today's date. */
    void duplicate(ProgramStore.Summary summary) {
        load(summary, program -> {
            model.replace(program.asNewCopy(messages.format("builder.saved.copyTitle", program.title()), today()));
            notices.info(messages.get("builder.saved.duplicated"));
        });
    }

    /** Asks first, and says so when the patient's kiosk code stops working with it. */
    void delete(SavedProgram program) {
        ProgramStore.Summary summary = program.summary();
        String title = summary.title().isBlank() ? messages.get("builder.untitled") : summary.title();
        String question = program.code()
                .map(code -> messages.format("builder.saved.deleteConfirmCode", title, code.grouped()))
                .orElseGet(() -> messages.format("builder.saved.deleteConfirm", title));
        if (!services.confirm().test(question)) {
            return;
        }
        services.tasks()
                .run(
                        inStore(() -> {
                            services.store().delete(summary.id());
                            return summary;
                        }),
                        deleted -> {
                            notices.info(messages.get("builder.saved.deleted"));
                            refreshSaved();
                        },
                        failure -> {
                            notices.error(messages.get("builder.saved.deleteFailed"));
                            refreshSaved();
                        });
    }

    /** Saves the program as a clinic template; the template list shows it after the next start. */
    void saveAsTemplate() {
        if (refusedWhileRed("builder.problems.save")) {
            return;
        }
        if (services.clinicTemplates().isEmpty()) {
            notices.error(messages.get("builder.templates.noFolder"));
            return;
        }
        Program program = model.program();
        if (program.title().isBlank() || program.items().isEmpty()) {
            notices.error(messages.get("builder.templates.needsTitle"));
            return;
        }
        notices.progress(messages.get("builder.save.saving"));
        services.tasks()
                .run(
                        inStore(() ->
                                services.clinicTemplates().orElseThrow().saveAsTemplate(program, services.catalog())),
                        template -> notices.info(messages.get("builder.templates.saved")),
                        failure -> {
                            LOG.log(Level.WARNING, "saving a clinic template failed", failure);
                            notices.error(SaveFailureWords.of(cause(failure), Optional.empty(), messages));
                        });
    }

    void export() {
        if (refusedWhileRed("builder.problems.export") || refusedWhileMissing("builder.missing.export")) {
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
                                PdfFile.write(target.get(), services.handout().pdf(program, kioskCode));
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
        if (printing || refusedWhileRed("builder.problems.print") || refusedWhileMissing("builder.missing.print")) {
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

    private void load(ProgramStore.Summary summary, Consumer<Program> then) {
        if (!mayLeaveCurrent()) {
            return;
        }
        services.tasks()
                .run(
                        inStore(() -> services.store().load(summary.id())),
                        loaded -> {
                            loaded.ifPresentOrElse(then, () -> notices.error(messages.get("builder.saved.gone")));
                            refreshSaved(); // another desk may have changed its title, or deleted it
                        },
                        failure -> notices.error(messages.get("builder.saved.openFailed")));
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

    private boolean mayLeaveCurrent() {
        return !model.unsavedProperty().get() || services.confirm().test(messages.get("builder.discardConfirm"));
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof StoreFailure ? failure.getCause() : failure;
    }

    /** A call to the store or the clinic's templates, which may fail with the store's checked exception. */
    @FunctionalInterface
    private interface StoreCall<T> {
        T call() throws ProgramStoreException;
    }

    /** The call as the task runner's work; a store failure travels as {@link StoreFailure}. */
    private static <T> Supplier<T> inStore(StoreCall<T> call) {
        return () -> {
            try {
                return call.call();
            } catch (ProgramStoreException e) {
                throw new StoreFailure(e);
            }
        };
    }

    /** Carries a checked store exception through the task runner's Supplier. */
    private static final class StoreFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreFailure(ProgramStoreException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
