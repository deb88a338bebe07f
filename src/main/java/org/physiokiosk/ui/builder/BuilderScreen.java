package org.physiokiosk.ui.builder;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramEditor;
import org.physiokiosk.program.TextLimits;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.i18n.Messages;

/**
 * The therapist's program builder: the library (and saved programs, templates) on the left, the program
 * being built in the middle, its handout's real pages on the right. Leaving forgets the program.
 */
public final class BuilderScreen implements Screen {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final BorderPane layout = new BorderPane();
    /** The scene's root carries the theme's base text size; the builder's denser size is set on the layout inside. */
    private final StackPane root = new StackPane(layout);

    private final BuilderModel model;
    private final LibraryPane library;
    private final ProgramDetailsPane details;
    private final ProgramItemsPane items;
    private final BuilderToolbar toolbar;
    private final PreviewPane preview;
    private final LivePreview livePreview;
    private final Notices notices = new Notices();
    private final BuilderCommands commands;
    private final SaveCommands saving;
    private final KioskCodePane code;
    private final Subscription subscription;
    private final CloseGuard closeGuard;
    private final Messages messages;
    private Consumer<Program> whenAbandoned = draft -> {};
    private boolean leftOnPurpose;

    public BuilderScreen(BuilderServices services, Messages messages, String handoutLanguage, Runnable onLeave) {
        this.messages = messages;
        layout.getStyleClass().add(BuilderStyle.SCREEN);
        model = new BuilderModel(
                services.catalog(),
                Program.empty(java.time.LocalDate.now(services.clock()), handoutLanguage),
                messages.language());

        SavedProgramsPane saved = new SavedProgramsPane(
                messages,
                summary -> commands().open(summary),
                summary -> commands().duplicate(summary),
                summary -> commands().delete(summary));
        code = new KioskCodePane(services, messages);
        commands = new BuilderCommands(model, services, messages, notices, saved);
        Refusals refusals = new Refusals(model, services.catalog(), messages, notices);
        saving = new SaveCommands(model, services, messages, notices, code, refusals, commands::refreshSaved);
        HandoutCommands handouts = new HandoutCommands(model, services, messages, notices, code, refusals);
        library = new LibraryPane(services.catalog(), messages, exercise -> {
            int before = model.program().items().size();
            model.step(editor -> editor.addExercise(exercise.id()));
            ProgramItemsPane.firstPlaceOf(model.program().items(), before)
                    .ifPresent(first -> notices.progress(messages.format(
                            "builder.items.repeatAdded", exercise.title().in(messages.language()), first + 1)));
        });
        TemplatesPane templates = new TemplatesPane(
                services.catalog(),
                messages,
                commands::startFrom,
                saving::saveAsTemplate,
                services.clinicTemplates().isPresent());
        TabPane side = new TabPane(
                tab("library", messages.get("builder.tab.library"), library),
                tab("saved", messages.get("builder.tab.saved"), saved),
                tab("templates", messages.get("builder.tab.templates"), templates));
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.getStyleClass().add(BuilderStyle.SIDE); // its minimum width (CSS) keeps the three tab names whole
        side.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null && after.getContent() == saved) {
                commands.refreshSaved();
            }
        });

        details = new ProgramDetailsPane(messages, model);
        items = new ProgramItemsPane(services.catalog(), messages, new ItemEditor.Actions() {
            @Override
            public void edit(String field, Consumer<ProgramEditor> command) {
                model.edit(field, command);
            }

            @Override
            public void settle() {
                model.settle();
            }

            @Override
            public void revert(String field) {
                model.revert(field);
            }

            @Override
            public void holdBack(String field, String where) {
                model.holdBack(field, where);
            }

            @Override
            public void release(String field) {
                model.release(field);
            }

            @Override
            public boolean holdsBack(String field) {
                return model.holdsBack(field);
            }

            @Override
            public void move(int from, int to) {
                model.step(editor -> editor.moveItem(from, to));
            }

            @Override
            public void remove(int index) {
                model.step(editor -> editor.removeItem(index));
            }
        });
        details.setMinHeight(
                javafx.scene.layout.Region.USE_PREF_SIZE); // a long list scrolls; the details keep their size
        VBox middle = new VBox(code.view(), details, items);
        middle.getStyleClass().add(BuilderStyle.COLUMN);
        VBox.setVgrow(items, Priority.ALWAYS);

        preview = new PreviewPane(messages);
        livePreview = new LivePreview(
                model,
                services.handout(),
                services.renders(),
                preview,
                messages,
                services.previewDelay(),
                code.currentProperty(),
                program -> MissingExercises.in(program, services.catalog()).where());

        SplitPane columns = new SplitPane(side, middle, preview);
        columns.setDividerPositions(0.23, 0.64);
        BooleanSupplier mayLeave =
                () -> !model.unsavedProperty().get() || services.confirm().test(messages.get("builder.leaveConfirm"));
        Runnable leave = () -> {
            if (mayLeave.getAsBoolean()) {
                leftOnPurpose = true;
                onLeave.run();
            }
        };
        closeGuard = new CloseGuard(root, mayLeave);
        toolbar = new BuilderToolbar(messages, model, commands, saving, handouts, notices, leave);
        layout.setTop(toolbar.view());
        layout.setCenter(columns);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);

        subscription = model.programProperty().subscribe(program -> {
            code.showFor(program);
            details.show(program);
            items.show(program);
            if (TextLimits.in(program).isEmpty()) {
                notices.retract(Notices.Kind.TOO_LONG); // "shorten it first" is no longer true
            }
        });
    }

    private BuilderCommands commands() {
        return commands;
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("builder-tab-" + id);
        return tab;
    }

    private void shortcut(KeyEvent event) {
        if (UNDO.match(event)) {
            model.undo();
        } else if (REDO.match(event) || REDO_SHIFT.match(event)) {
            model.redo();
        } else if (SAVE.match(event)) {
            saving.save();
        } else {
            return;
        }
        event.consume();
    }

    @Override
    public Parent view() {
        return root;
    }

    /** The program on the desk, read-only; tests and the shell look, only commands change it. */
    public Program program() {
        return model.program();
    }

    /** Puts a program on the desk (a fresh history), e.g. one the shell was asked to open. */
    public void open(Program program) {
        model.replace(program);
        if (!TextLimits.in(program).isEmpty()) {
            commands.sayOpened("builder.saved.opened");
        }
    }

    /**
     * Staff at the kiosk read a referral or talk with the patient between taps: the builder waits this long
     * untouched before the kiosk's "are you still there?" (the patients' screens wait a minute).
     */
    public static final Duration STAFF_PATIENCE = Duration.ofMinutes(5);

    @Override
    public Optional<Duration> idlePatience() {
        return Optional.of(STAFF_PATIENCE);
    }

    /**
     * Called with the program when the screen goes away without the therapist closing it (the kiosk reset
     * after nobody touched it) while there is work on the desk worth keeping: unsaved changes, or a new
     * program with exercises.
     */
    public void whenAbandoned(Consumer<Program> keeper) {
        whenAbandoned = keeper;
    }

    /** Puts back work that {@link #whenAbandoned} handed out, as unsaved, and says so. */
    public void restoreUnsaved(Program draft) {
        model.restoreUnsaved(draft);
        notices.info(messages.get("builder.draft.restored"));
    }

    /** A line for staff in the status (e.g. content that could not be read), until something else is said. */
    public void tellStaff(String text) {
        notices.error(text);
    }

    /** True when no preview render is waiting or running; tests wait on it. */
    public boolean previewIsIdle() {
        return livePreview.isIdle();
    }

    /** Forgets the program: the model starts blank, the panes and the preview are emptied. */
    @Override
    public void dispose() {
        Program onDesk = model.program();
        boolean worthKeeping = model.unsavedProperty().get()
                || (onDesk.id().isEmpty() && !onDesk.items().isEmpty());
        if (!leftOnPurpose && worthKeeping) {
            whenAbandoned.accept(onDesk);
        }
        subscription.unsubscribe();
        closeGuard.dispose();
        livePreview.dispose();
        model.replace(Program.empty(commands.today(), model.program().language()));
        details.dispose();
        items.dispose();
        toolbar.dispose();
        library.dispose();
        notices.clear();
        root.getChildren().clear();
    }
}
