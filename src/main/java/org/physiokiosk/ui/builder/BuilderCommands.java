package org.physiokiosk.ui.builder;

import static org.physiokiosk.ui.builder.StoreWork.inStore;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.physiokiosk.content.ProgramTemplate;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.program.ProgramTemplates;
import org.physiokiosk.program.SavedProgram;
import org.physiokiosk.program.SavedPrograms;
import org.physiokiosk.ui.i18n.Messages;

/**
 * Which program is on the desk, as the toolbar and side panes ask: new, from a template, open, duplicate, delete,
 * and the saved list read again. Saving is {@link SaveCommands}, the handouts {@link HandoutCommands}. Every store
 * call runs on a worker thread; a failure is said plainly and the program on screen is kept. Logs name programs by
 * id only, never by title or patient.
 */
final class BuilderCommands {

    private static final Logger LOG = Logger.getLogger(BuilderCommands.class.getName());

    private final BuilderModel model;
    private final BuilderServices services;
    private final Messages messages;
    private final Notices notices;
    private final SavedProgramsPane saved;
    private List<String> loggedProblems = List.of();

    BuilderCommands(
            BuilderModel model, BuilderServices services, Messages messages, Notices notices, SavedProgramsPane saved) {
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
        if (mayLeaveCurrent(messages.get("builder.discardConfirm.new"))) {
            Program current = model.program();
            model.replace(Program.empty(today(), current.language()));
            notices.clear();
        }
    }

    void startFrom(ProgramTemplate template) {
        if (mayLeaveCurrent(messages.format(
                "builder.discardConfirm.template", template.title().in(messages.language())))) {
            Program current = model.program();
            Program started = ProgramTemplates.fromTemplate(template, services.catalog(), current.language(), today());
            model.replace(started.withTherapist(current.therapist()));
            notices.opened(messages.get("builder.templates.started"));
        }
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
        load(summary, "builder.discardConfirm.open", program -> {
            model.replace(program);
            sayOpened("builder.saved.opened");
        });
    }

    /** A copy to change for another patient: new id, no patient name, today's date. */
    void duplicate(ProgramStore.Summary summary) {
        load(summary, "builder.discardConfirm.duplicate", program -> {
            model.replace(program.asNewCopy(messages.format("builder.saved.copyTitle", program.title()), today()));
            sayOpened("builder.saved.duplicated");
        });
    }

    /** Asks first, and says so when the patient's kiosk code stops working with it. */
    void delete(SavedProgram program) {
        ProgramStore.Summary summary = program.summary();
        String title = titleOf(summary);
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

    /**
     * "Opened", or, when a text of it is longer than fits the handout (an older version or another desk saved it),
     * which one: it opens whole, and saving waits until it is shorter.
     */
    void sayOpened(String key) {
        TooLongWords.in(model.program(), messages)
                .ifPresentOrElse(
                        found -> notices.refused(
                                Notices.Kind.TOO_LONG,
                                messages.format("builder.tooLong.opened", messages.get(key), found.words()),
                                found.field()),
                        () -> notices.opened(messages.get(key)));
    }

    /** Asks first ({@code question} names the program) while there are unsaved changes, then reads it. */
    private void load(ProgramStore.Summary summary, String question, Consumer<Program> then) {
        String whatHappens = summary.title().isBlank()
                ? messages.get(question + "Untitled") // '"(zonder titel)" openen?' read as a title in quotes
                : messages.format(question, summary.title());
        if (!mayLeaveCurrent(whatHappens)) {
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

    /**
     * Says what a yes does ('Toch "Schouder" openen?') rather than "go on anyway?": the therapist sees which program
     * they picked (a double-click in the list opens too) before their changes go.
     */
    private boolean mayLeaveCurrent(String whatHappens) {
        return !model.unsavedProperty().get()
                || services.confirm().test(messages.format("builder.discardConfirm", whatHappens));
    }

    private String titleOf(ProgramStore.Summary summary) {
        return summary.title().isBlank() ? messages.get("builder.untitled") : summary.title();
    }
}
