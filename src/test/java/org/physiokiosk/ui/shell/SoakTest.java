package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.AccessibleAction;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.kiosk.Settings;
import org.physiokiosk.player.PlayerState;
import org.physiokiosk.program.FileProgramStore;
import org.physiokiosk.testing.TempFolders;
import org.physiokiosk.ui.builder.BuilderScreen;
import org.physiokiosk.ui.builder.BuilderServices;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.common.TapCard;
import org.physiokiosk.ui.concurrent.BackgroundTaskRunner;
import org.physiokiosk.ui.exercise.ExerciseScreen;
import org.physiokiosk.ui.home.HomeScreen;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.player.PlayerFrames;
import org.physiokiosk.ui.player.PlayerScreen;
import org.physiokiosk.ui.start.StartScreen;
import org.physiokiosk.ui.therapist.PinScreen;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Weeks of uptime in a minute: thousands of patient sessions and hundreds of therapist sessions through the
 * real flows and screens, with time pushed into the player and the idle guard (nothing sleeps). Afterwards the
 * heap after GC, the thread count and the start screen's node count are where they were at session 100, and
 * nothing was logged at WARNING or above, no screen that left is still reachable, and the heap after GC has not
 * grown. {@code -Dsoak.sessions=5000} runs the long version.
 *
 * <p>The kiosk runs on a stage of its own, not on the stage TestFX hands to {@code @Start}: TestFX records every
 * event that passes through that registered stage for the life of the JVM ({@code FxToolkitContext}'s
 * {@code FiredEvents}), and each event holds its target node, that node's old parents and its handlers, so
 * every tapped screen stayed reachable. Measured there, the soak measured TestFX, not the kiosk.
 */
@ExtendWith(ApplicationExtension.class)
class SoakTest {

    static final int PATIENT_SESSIONS = Integer.getInteger("soak.sessions", 120);
    static final int THERAPIST_SESSIONS =
            Integer.getInteger("soak.therapistSessions", Math.max(30, PATIENT_SESSIONS / 10));
    private static final int WARM_UP = Math.min(100, PATIENT_SESSIONS / 2);
    private static final int PROGRESS_EVERY = 250;
    private static final long SECOND = KioskHarness.SECOND;
    /**
     * Used heap after GC still creeps a little with nothing leaking: pixel buffers of Prism's software textures
     * (each figure's canvas) are reachable only through JavaFX's weak, soft and phantom references and are
     * freed when its texture pool prunes, not at System.gc() (docs/soak-test.md: the strongly reachable heap
     * stayed flat). The limit is far below what one leaked screen a session adds (3-5 MiB each); which screen
     * leaks is the survivors check's job.
     */
    private static final long HEAP_GROWTH_LIMIT = 32L << 20;

    private static final String PIN = "2468";
    private static final Logger ROOT = Logger.getLogger("");

    private final List<LogRecord> problems = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                problems.add(record);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final BackgroundTaskRunner tasks = new BackgroundTaskRunner("soak-tasks");
    private final BackgroundTaskRunner renders = new BackgroundTaskRunner("soak-renders");
    private KioskHarness kiosk;
    private Stage stage;
    private Catalog catalog;
    private Path folder;
    private final List<java.lang.ref.WeakReference<Screen>> shown = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage registered) throws Exception {
        stage = new Stage(); // not the registered stage: see the class comment
        catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        folder = TempFolders.create("soak");
        kiosk = new KioskHarness(catalog, "nl");
        kiosk.start(stage, 1920, 1080);
        kiosk.app.navigator().currentProperty().subscribe(screen -> {
            if (screen != null) {
                shown.add(new java.lang.ref.WeakReference<>(screen));
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        ROOT.removeHandler(capture);
        fx(() -> {
            kiosk.app.stop();
            stage.close();
            return null;
        });
        tasks.close();
        renders.close();
        TempFolders.remove(folder);
    }

    @Test
    void weeksOfSessionsLeaveNothingBehind() throws Exception {
        ROOT.addHandler(capture);
        long began = System.nanoTime();
        Figures warm = null;
        int therapistEvery = Math.max(1, PATIENT_SESSIONS / Math.max(1, THERAPIST_SESSIONS));
        int therapists = 0;
        long patientNanos = 0;
        long therapistNanos = 0;
        for (int session = 0; session < PATIENT_SESSIONS; session++) {
            if (session == WARM_UP || (warm == null && session == PATIENT_SESSIONS - 1)) {
                WaitForAsyncUtils.waitForFxEvents(); // as at the end: nothing pending counts
                warm = Figures.now(fx(this::startScreenNodes));
            }
            if (session > 0 && session % PROGRESS_EVERY == 0) { // a long run shows how it goes while it runs
                WaitForAsyncUtils.waitForFxEvents();
                Figures now = Figures.now(fx(this::startScreenNodes));
                System.out.printf(
                        "soak: session %d after %d s: heap after GC %.1f MiB, threads %d%n",
                        session,
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began),
                        now.heap / 1048576.0,
                        now.threads);
            }
            int n = session;
            long t0 = System.nanoTime();
            fx(() -> patientSession(n));
            patientNanos += System.nanoTime() - t0;
            if (session % therapistEvery == therapistEvery - 1 && therapists < THERAPIST_SESSIONS) {
                long t1 = System.nanoTime();
                therapistSession(therapists++);
                therapistNanos += System.nanoTime() - t1;
            }
        }
        while (therapists < THERAPIST_SESSIONS) {
            therapistSession(therapists++);
        }
        java.util.Map<String, Long> survivors = settledSurvivors();
        Figures end = Figures.now(fx(this::startScreenNodes));
        long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        System.out.printf(
                "soak: %d patient and %d therapist sessions in %d ms; heap after GC %.1f MiB at session %d, "
                        + "%.1f MiB at the end; threads %d -> %d; start screen nodes %d -> %d; %d log records at INFO or above%n",
                PATIENT_SESSIONS,
                therapists,
                wall,
                warm.heap / 1048576.0,
                Math.min(WARM_UP, PATIENT_SESSIONS - 1),
                end.heap / 1048576.0,
                warm.threads,
                end.threads,
                warm.nodes,
                end.nodes,
                problems.size());

        System.out.println(
                "soak: screens shown " + shown.size() + ", gone screens still reachable after GC: " + survivors);
        System.out.printf(
                "soak: patients %d ms, therapists %d ms%n", patientNanos / 1_000_000, therapistNanos / 1_000_000);
        assertThat(problems.stream()
                        .filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                        .map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage()))
                .as("warnings")
                .isEmpty();
        assertThat(end.threads).as("threads").isLessThanOrEqualTo(warm.threads + 1);
        assertThat(end.nodes).as("the start screen's nodes").isEqualTo(warm.nodes);
        assertThat(survivors).as("screens that left but are still reachable").isEmpty();
        assertThat(end.heap - warm.heap).as("heap growth after GC, bytes").isLessThan(HEAP_GROWTH_LIMIT);
    }

    /**
     * The screens that left but are still reachable after GC, once the FX thread has caught up: a layout
     * request queued with runLater or a pulse still pending holds the screen it came from until it runs, so
     * the check waits for the FX thread (a bounded number of times) instead of counting those.
     */
    private java.util.Map<String, Long> settledSurvivors() throws Exception {
        java.util.Map<String, Long> survivors = java.util.Map.of();
        for (int attempt = 0; attempt < 10; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            Figures.collectGarbage();
            survivors = fx(() -> shown.stream()
                    .map(java.lang.ref.WeakReference::get)
                    .filter(screen -> screen != null && screen != kiosk.screen())
                    .collect(java.util.stream.Collectors.groupingBy(
                            screen -> screen.getClass().getSimpleName(), java.util.stream.Collectors.counting())));
            if (survivors.isEmpty()) {
                break;
            }
        }
        return survivors;
    }

    /** start → complaint → safety check → exercise → player to the end (or Stop) → idle reset. */
    private Void patientSession(int n) {
        assertThat(kiosk.screen()).isInstanceOf(StartScreen.class);
        tap(StartScreen.TAP_ID);
        if (n % 4 == 1) {
            tap("lang-en");
        }
        List<Node> tiles = ids("condition-");
        tap(tiles.get(n % tiles.size()));
        tap("condition-tab-exercises");
        boolean all = n % 10 == 2;
        if (all) {
            tap("condition-do-all");
        } else {
            List<Node> cards = ids("exercise-");
            tap(cards.get((n / tiles.size()) % cards.size()));
        }
        if (lookup("safety-confirm").isPresent()) {
            if (n % 7 == 3) {
                tap("safety-applies");
                tap("safety-home");
                assertThat(kiosk.screen()).isInstanceOf(StartScreen.class);
                return null;
            }
            // "None of these" counts only once every sign has been on screen: page down as a patient would.
            for (int page = 0;
                    page < 20 && lookup("safety-confirm").orElseThrow().isDisabled();
                    page++) {
                tap("safety-signs-scroll-page-down");
            }
            tap("safety-confirm");
        }
        if (!all) {
            assertThat(kiosk.screen()).isInstanceOf(ExerciseScreen.class);
            tap(ExerciseScreen.START_ID);
        }
        assertThat(kiosk.screen()).isInstanceOf(PlayerScreen.class);
        boolean stopEarly = n % 5 == 4;
        for (int second = 1; ; second++) {
            kiosk.clock.addAndGet(2 * SECOND);
            PlayerState state = PlayerFrames.frame(kiosk.screen());
            if (second % 10 == 0) {
                layout();
            }
            if (stopEarly && second == 15) {
                tap(PlayerScreen.STOP_ID);
                tap(PlayerScreen.STOPPED_BACK_ID);
                break;
            }
            if (state.waitingAtCautions()) {
                // A run's cautions wait for Begin (decision 0027): read to their end, then begin.
                for (int page = 0;
                        page < 10 && lookup(PlayerScreen.BEGIN_ID).orElseThrow().isDisabled();
                        page++) {
                    layout();
                    tap(PlayerScreen.CAUTIONS_ID + "-scroll" + PageScroller.DOWN_ID_SUFFIX);
                }
                tap(PlayerScreen.BEGIN_ID);
                continue;
            }
            if (state.completed()) {
                layout();
                tap(PlayerScreen.DONE_ID);
                assertThat(kiosk.screen()).isInstanceOf(HomeScreen.class);
                break;
            }
            assertThat(second).as("the exercise ends").isLessThan(24 * 3600);
        }
        kiosk.idleFor(60);
        assertThat(kiosk.app.navigator().showsOverlay())
                .as("are you still there?")
                .isTrue();
        kiosk.idleFor(20);
        assertThat(kiosk.screen()).isInstanceOf(StartScreen.class);
        assertThat(kiosk.app.navigator().showsOverlay()).isFalse();
        return null;
    }

    /** PIN → builder: three exercises, a title, a patient, a dose, save, sometimes export, leave. */
    private void therapistSession(int n) throws Exception {
        FileProgramStore store = new FileProgramStore(folder.resolve("programs"));
        BuilderServices services = new BuilderServices(
                catalog,
                store,
                Optional.empty(),
                TherapistFlow.handout(
                        catalog,
                        new Settings(
                                "Fysio Soak",
                                "",
                                "nl",
                                Settings.DEFAULT_IDLE_TIMEOUT,
                                Optional.empty(),
                                Optional.empty())),
                tasks,
                renders,
                name -> Optional.of(folder.resolve("export.pdf")),
                question -> true,
                Clock.systemDefaultZone(),
                javafx.util.Duration.hours(1), // preview off: the quiet period never ends within a session
                new org.physiokiosk.program.FileCodeIndex(
                        folder.resolve("program-codes.json"),
                        store,
                        org.physiokiosk.program.CodePolicy.DEFAULT)); // saving issues a kiosk code, as at a real desk
        fx(() -> {
            new TherapistFlow(
                            services,
                            new Messages("nl"),
                            kiosk.app.navigator(),
                            Optional.of(org.physiokiosk.ui.therapist.PinCheck.withoutLockOut(PIN::equals)),
                            "nl",
                            Optional.of(() -> kiosk.flow().resetVisit()))
                    .show();
            for (char digit : PIN.toCharArray()) {
                tap(PinScreen.KEY_ID_PREFIX + digit);
            }
            tap(PinScreen.OK_ID);
            return null;
        });
        waitUntil(() -> kiosk.screen() instanceof BuilderScreen);
        fx(() -> {
            @SuppressWarnings("unchecked")
            ListView<Object> library =
                    (ListView<Object>) lookup("builder-library").orElseThrow();
            for (int k = 0; k < 3; k++) {
                library.getSelectionModel()
                        .select((n * 3 + k) % library.getItems().size());
                tap("builder-add");
            }
            ((TextField) lookup("builder-title").orElseThrow()).setText("Soak " + n);
            ((TextField) lookup("builder-patient").orElseThrow()).setText("Patiënt " + n);
            ((TextField) lookup("item-1-reps").orElseThrow()).setText("12");
            layout();
            tap("builder-save");
            return null;
        });
        waitUntil(() ->
                ((Labeled) lookup("builder-status").orElseThrow()).getText().contains("opgeslagen"));
        if (n % 10 == 0) {
            Path exported = folder.resolve("export.pdf");
            Files.deleteIfExists(exported);
            fx(() -> tap("builder-export"));
            waitUntil(() ->
                    ((Labeled) lookup("builder-status").orElseThrow()).getText().contains("PDF bewaard"));
            assertThat(exported).exists();
        }
        fx(() -> tap("builder-leave"));
        assertThat(fx(() -> kiosk.screen())).isInstanceOf(StartScreen.class);
    }

    private Void tap(String id) {
        tap(lookup(id).orElseThrow(() -> new AssertionError("no #" + id + " on " + kiosk.screen())));
        return null;
    }

    /**
     * A tap that acts as a finger's would: a button fires, a tile or card gets its "activate". A whole session runs
     * in one FX runnable, so no pulse ever shows a screen; the tap guard rightly takes a press made before its screen
     * was shown for one aimed at the screen before (decision 0047), so the soak does not press through it.
     */
    private void tap(Node node) {
        if (node instanceof ButtonBase button) {
            button.fire();
        } else if (node instanceof TapCard card) {
            card.executeAccessibleAction(AccessibleAction.FIRE);
        } else {
            throw new AssertionError(node + " is neither a button nor a card");
        }
        layout();
    }

    private void layout() {
        Parent root = stage.getScene().getRoot();
        root.applyCss();
        root.layout();
    }

    private Optional<Node> lookup(String id) {
        layout();
        return Optional.ofNullable(stage.getScene().getRoot().lookup("#" + id));
    }

    /** Visible nodes whose id starts with {@code prefix}, in scene order. */
    private List<Node> ids(String prefix) {
        layout();
        return stage.getScene().getRoot().lookupAll("*").stream()
                .filter(node -> node.getId() != null
                        && node.getId().startsWith(prefix)
                        && node.isVisible()
                        && !node.getId().startsWith(prefix + "tab")
                        && !node.getId().startsWith(prefix + "to-")
                        && !node.getId().startsWith(prefix + "do-")
                        && !node.getId().equals(prefix + "start")
                        && !node.getId().startsWith(prefix + "dose")
                        && !node.getId().startsWith(prefix + "cautions")
                        && !node.getId().startsWith(prefix + "steps"))
                .toList();
    }

    private int startScreenNodes() {
        assertThat(kiosk.screen()).isInstanceOf(StartScreen.class);
        layout();
        return count(stage.getScene().getRoot());
    }

    private static int count(Node node) {
        int total = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                total += count(child);
            }
        }
        return total;
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(condition::getAsBoolean));
    }

    /** Used heap after GC, live threads, and the start screen's node count. */
    private record Figures(long heap, int threads, int nodes) {

        static Figures now(int nodes) {
            collectGarbage();
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            return new Figures(heap, ManagementFactory.getThreadMXBean().getThreadCount(), nodes);
        }

        static void collectGarbage() {
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
        }
    }
}
