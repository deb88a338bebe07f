package org.physiokiosk.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.kiosk.Settings;
import org.physiokiosk.program.CodePolicy;
import org.physiokiosk.program.FileCodeIndex;
import org.physiokiosk.program.FileProgramStore;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramCodes;
import org.physiokiosk.program.ProgramEditor;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.ui.builder.BuilderScreen;
import org.physiokiosk.ui.builder.BuilderServices;
import org.physiokiosk.ui.builder.ExportTarget;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.shell.Navigator;
import org.physiokiosk.ui.shell.TherapistFlow;
import org.physiokiosk.ui.theme.Theme;
import org.physiokiosk.ui.therapist.PinCheck;

/**
 * The therapist's side as the builder's tests set it up: the bundled catalog, a program store in a folder of the
 * test's, the handout of a clinic "Fysio Test", a clock stopped at 2026-11-29 10:00 UTC, and a window with the
 * therapist flow in it. What a test cares about it says; the rest is the same for all: workers run on the
 * calling thread, exports go nowhere, every "are you sure?" is answered yes, no kiosk codes, Dutch.
 */
public final class TherapistDesk {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    private static Catalog catalog; // immutable: loaded once for every test in the JVM

    private final Path folder;
    private ProgramStore store;
    private String language = "nl";
    private TaskRunner tasks = TaskRunner.sameThread();
    private TaskRunner renders = TaskRunner.sameThread();
    private ExportTarget exportTarget = name -> Optional.empty();
    private Predicate<String> confirm = question -> true;
    private ProgramCodes codes = BuilderServices.NO_CODES;

    private TherapistDesk(Path folder) {
        this.folder = folder;
        this.store = new FileProgramStore(folder.resolve("programs"));
    }

    /** Programs are kept in {@code folder}/programs, kiosk codes (when asked for) beside them. */
    public static TherapistDesk in(Path folder) {
        return new TherapistDesk(folder);
    }

    public static synchronized Catalog catalog() {
        if (catalog == null) {
            catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        }
        return catalog;
    }

    /** Today by {@link #CLOCK}: 2026-11-29. */
    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    /**
     * A program of the catalog's first {@code exercises} exercises with their default doses, titled "Rug", dated
     * today by {@link #CLOCK}, in {@code language}.
     */
    public static Program programOf(int exercises, String language) {
        ProgramEditor editor = new ProgramEditor(catalog(), Program.empty(today(), language), language);
        catalog().exercises().keySet().stream().limit(exercises).forEach(editor::addExercise);
        return editor.program().withTitle("Rug");
    }

    /** Another store than the folder's (one that fails, say); kiosk codes asked for later are kept beside it. */
    public TherapistDesk store(ProgramStore store) {
        this.store = store;
        return this;
    }

    /** Where the builder keeps programs: the folder's, unless a test gave another. */
    public ProgramStore store() {
        return store;
    }

    public TherapistDesk language(String language) {
        this.language = language;
        return this;
    }

    /** The store's and files' worker, and the preview renders' worker. */
    public TherapistDesk workers(TaskRunner tasks, TaskRunner renders) {
        this.tasks = tasks;
        this.renders = renders;
        return this;
    }

    /** Where an export goes, asked with the file name the builder suggests. */
    public TherapistDesk exportTo(ExportTarget exportTarget) {
        this.exportTarget = exportTarget;
        return this;
    }

    /** How every "are you sure?" is answered. */
    public TherapistDesk confirm(Predicate<String> confirm) {
        this.confirm = confirm;
        return this;
    }

    /** Kiosk codes kept in the folder, beside the programs. */
    public TherapistDesk withCodes() {
        this.codes = new FileCodeIndex(folder.resolve(FileCodeIndex.FILE_NAME), store, CodePolicy.DEFAULT);
        return this;
    }

    public ProgramCodes codes() {
        return codes;
    }

    public BuilderServices services() {
        Settings settings = new Settings(
                "Fysio Test", "", language, Settings.DEFAULT_IDLE_TIMEOUT, Optional.empty(), Optional.empty());
        return new BuilderServices(
                catalog(),
                store,
                Optional.empty(),
                TherapistFlow.handout(catalog(), settings),
                tasks,
                renders,
                exportTarget,
                confirm,
                CLOCK,
                BuilderServices.PREVIEW_DELAY,
                codes);
    }

    /**
     * Shows a builder screen alone in a new window of {@code width} x {@code height} (call off the FX thread) and
     * hands it to {@code then} on the FX thread, to put a program on it. Close the window after the test.
     */
    public BuilderWindow showBuilder(double width, double height, Consumer<BuilderScreen> then) throws Exception {
        return BuilderWindow.show(this, language, width, height, then);
    }

    /**
     * Shows the therapist flow in {@code stage} at {@code width} x {@code height} (call on the FX thread): the PIN
     * gate when {@code pin} is given, else the builder; {@code backToPatients} is where leaving goes on a kiosk.
     */
    public Navigator open(
            Stage stage,
            double width,
            double height,
            Optional<Predicate<String>> pin,
            Optional<Runnable> backToPatients) {
        Scene scene = new Scene(new VBox(), width, height);
        Theme.apply(scene);
        Navigator navigator = new Navigator(scene);
        new TherapistFlow(
                        services(),
                        new Messages(language),
                        navigator,
                        pin.map(PinCheck::withoutLockOut),
                        language,
                        backToPatients)
                .show();
        stage.setScene(scene);
        stage.show();
        return navigator;
    }
}
