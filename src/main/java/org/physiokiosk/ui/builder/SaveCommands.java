package org.physiokiosk.ui.builder;

import static org.physiokiosk.ui.builder.StoreWork.cause;
import static org.physiokiosk.ui.builder.StoreWork.inStore;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramStoreException;
import org.physiokiosk.ui.i18n.Messages;

/**
 * Save, save as a copy after a conflict, and save as a clinic template. The store is called on a worker thread;
 * a failure is said plainly and the program on screen is kept. Logs name programs by id only.
 */
final class SaveCommands {

    private static final Logger LOG = Logger.getLogger(SaveCommands.class.getName());

    private final BuilderModel model;
    private final BuilderServices services;
    private final Messages messages;
    private final Notices notices;
    private final KioskCodePane code;
    private final Refusals refusals;
    /** Reads the saved list again: a save changes it, a conflict shows the other desk's title. */
    private final Runnable refreshSaved;

    private boolean busy;

    SaveCommands(
            BuilderModel model,
            BuilderServices services,
            Messages messages,
            Notices notices,
            KioskCodePane code,
            Refusals refusals,
            Runnable refreshSaved) {
        this.model = model;
        this.services = services;
        this.messages = messages;
        this.notices = notices;
        this.code = code;
        this.refusals = refusals;
        this.refreshSaved = refreshSaved;
    }

    void save() {
        if (busy || refusals.whileRed("builder.problems.save") || refusals.whileTooLong("builder.tooLong.save")) {
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
                            refreshSaved.run();
                        },
                        failure -> {
                            busy = false;
                            LOG.log(
                                    Level.WARNING,
                                    "saving program " + program.id().orElse("(new)") + " failed",
                                    failure);
                            Throwable cause = cause(failure);
                            if (cause instanceof ProgramStoreException.Conflict) {
                                refreshSaved.run(); // the list shows the other desk's title, not the one it had
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
                            refreshSaved.run();
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

    /** Saves the program as a clinic template; the template list shows it after the next start. */
    void saveAsTemplate() {
        if (refusals.whileRed("builder.problems.save") || refusals.whileTooLong("builder.tooLong.save")) {
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
}
