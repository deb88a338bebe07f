package org.physiokiosk.ui.player;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.Side;
import org.physiokiosk.figure.Easing;
import org.physiokiosk.figure.FigureMotion;
import org.physiokiosk.player.FramePace;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.player.PlayerSession;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * The player in a real 1920x1080 window (run under X with {@code -Dprism.order=sw}), for the benchmark suite,
 * which reads its {@code PK-RESULT name value} lines. Modes (first argument):
 * <ul>
 * <li>{@code frames}: CPU per frame while the figure moves, painted at every frame and paced as PlayerScreen
 * paces it, against the same screen with the figure's canvas cleared and filled with one rectangle each frame;
 * rounds interleaved.</li>
 * <li>{@code session}: the real PlayerScreen on the real clock over a whole short exercise: CPU share of one
 * core and how many frames came late.</li>
 * <li>{@code soak}: 1,000 player sessions one after the other ({@link PlayerSoak}).</li>
 * </ul>
 */
public final class PlayerBench {

    public static void main(String[] args) {
        // The main class must not extend Application, or the java launcher asks for JavaFX on the module path.
        Application.launch(Run.class, args);
    }

    /** The window and the measurements. */
    public static final class Run extends Application {

        static final String EXERCISE = "sciatica-bridge";
        private static final int FRAMES = Integer.getInteger("bench.frames", 120);
        private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
        /** The figure painted at every frame, as the player paces it, and the baseline: a rectangle at every frame. */
        /** From when the session's CPU is also counted without start-up: the get-ready countdown is still running. */
        private static final long STEADY_AFTER_NANOS = 4_000_000_000L;

        /** When the bridge's movements start: get ready 3 s and the setup steps 5 + 3 s. */
        private static final long MOVES_FROM_NANOS = 11_000_000_000L;
        /** How long the session bench stays on the well-done view after the exercise, for the phase table. */
        private static final long WELL_DONE_NANOS = 3_000_000_000L;

        private static final List<String> SIDES = List.of("figure", "rect", "paced");

        private Catalog catalog;
        private Messages messages;
        private Stage stage;

        @Override
        public void start(Stage primary) {
            stage = primary;
            Theme.loadFonts();
            catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
            messages = new Messages("nl");
            switch (getParameters().getRaw().get(0)) {
                case "frames" -> frames();
                case "session" -> session(Integer.getInteger("bench.warmSessions", 0));
                case "soak" ->
                    new PlayerSoak(show(new javafx.scene.layout.StackPane()), catalog, messages, shortExercise(catalog))
                            .run();
                default ->
                    throw new IllegalArgumentException(getParameters().getRaw().toString());
            }
        }

        /**
         * The session's exercise: {@code moves} (the default, the bridge: get ready, then movements only, the
         * figure moving nearly all the time) or {@code holds} (knee to chest, 1 rep, 2 sets, 5-s holds, a 10-s
         * rest: every kind of phase).
         */
        private static PlannedExercise sessionExercise(Catalog catalog) {
            if (!"holds".equals(System.getProperty("bench.plan", "moves"))) {
                return shortExercise(catalog);
            }
            Dose dose =
                    new Dose(new IntRange(1, 1), 2, new IntRange(5, 5), 10, Side.NONE, new IntRange(1, 1), Set.of());
            return new PlannedExercise(catalog.exercise("lowback-knee-to-chest").orElseThrow(), dose, Optional.empty());
        }

        /** The pace before the second pass (every pulse 25 ms after the last picture, whatever moved), for comparison. */
        static FramePace earlierPace() {
            return new FramePace(25_000_000L, 25_000_000L, 25_000_000L, 0);
        }

        static PlannedExercise shortExercise(Catalog catalog) {
            Dose dose =
                    new Dose(new IntRange(3, 3), 1, new IntRange(5, 5), 10, Side.NONE, new IntRange(1, 1), Set.of());
            return new PlannedExercise(catalog.exercise(EXERCISE).orElseThrow(), dose, Optional.empty());
        }

        private Scene show(javafx.scene.Parent root) {
            Scene scene = new Scene(root, 1920, 1080);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            return scene;
        }

        private void frames() {
            PlayerSession session = new PlayerSession(List.of(shortExercise(catalog)));
            // The pace decides from the state; the benchmark's figure moves all the time, so the pace is asked with
            // a session that is in its movements (the bridge's moves run from 11 s to 29 s), not in get ready.
            // A new one each round: a session starts once.
            PlayerSession[] moving = {null};
            PhaseWords words = new PhaseWords(messages);
            PlayerLayout layout = new PlayerLayout(
                    messages,
                    new PlayerControls(
                            messages, () -> {}, () -> {}, () -> {}, muted -> {}, () -> {}, () -> {}, () -> {}),
                    new PlayerCorner(messages, () -> {}),
                    org.physiokiosk.figure.FigureStyle.standard(),
                    () -> {});
            show(layout.root());
            var poses = catalog.poses();
            FigureMotion motion =
                    new FigureMotion(poses.get("supine-knees-bent"), poses.get("bridge"), false, 3, Easing.EASE_IN_OUT);
            layout.figure().setMotion(motion);
            if (Boolean.getBoolean("bench.transparentFigureBox")) {
                layout.figure().setStyle("-fx-background-color: transparent"); // as before the figure's box was opaque
            }
            Canvas canvas = (Canvas) layout.figure().getChildrenUnmodifiable().get(0);
            var threads = ManagementFactory.getThreadMXBean();
            FramePace pace = FramePace.standard(0);
            new AnimationTimer() {
                private int frame = -1, round = -1; // rounds 0-2: warm-up of every side
                private long t0, cpu0, fx0;
                private String side;

                @Override
                public void handle(long now) {
                    if (frame < 0) {
                        round++;
                        if (round == SIDES.size() * (ROUNDS + 1)) {
                            stop();
                            Platform.exit();
                            return;
                        }
                        // Each set of rounds rotates which side goes first; the first set warms up and is not reported.
                        int set = round / SIDES.size();
                        side = SIDES.get((round + set) % SIDES.size());
                        session.start(now);
                        moving[0] = new PlayerSession(List.of(shortExercise(catalog)));
                        moving[0].start(now - MOVES_FROM_NANOS);
                        t0 = now;
                        cpu0 = SessionTrace.processCpu();
                        fx0 = threads.getCurrentThreadCpuTime();
                    }
                    frame++;
                    session.tick(now);
                    moving[0].tick(now);
                    long t = (now - t0) % 6_000_000_000L;
                    long figureTime = t < 3_000_000_000L ? t : 6_000_000_000L - t;
                    switch (side) {
                        case "figure" -> {
                            layout.show(session.state(), words);
                            layout.figure().showAt(figureTime);
                        }
                        // As PlayerScreen paints while the figure moves: the words at once when they change, the
                        // figure at most 20 times a second.
                        case "paced" -> {
                            if (pace.due(moving[0].state(), now)) {
                                layout.show(session.state(), words);
                                layout.figure().showAt(figureTime);
                            }
                        }
                        default -> {
                            layout.show(session.state(), words);
                            GraphicsContext g = canvas.getGraphicsContext2D();
                            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
                            g.setFill(Color.rgb(62, 106, 138));
                            g.fillRect(100 + frame % 200, 100, 300, 200);
                        }
                    }
                    if (frame == FRAMES) {
                        double cpu = (SessionTrace.processCpu() - cpu0) / (double) FRAMES,
                                fx = (threads.getCurrentThreadCpuTime() - fx0) / (double) FRAMES;
                        int set = round / SIDES.size();
                        System.out.printf("PK-RESULT %s-cpu-%d %.0f%n", side, set, cpu);
                        System.out.printf("PK-RESULT %s-fx-%d %.0f%n", side, set, fx);
                        frame = -1;
                    }
                }
            }.start();
        }

        /**
         * @param warmups sessions played first, unmeasured, in the same JVM: a kiosk that has played an exercise
         *     before has its renderer's code compiled; a fresh JVM's first session also pays the JIT compiler
         */
        private void session(int warmups) {
            PlayerScreen screen = new PlayerScreen(
                    catalog.poses()::get,
                    List.of(sessionExercise(catalog)),
                    messages,
                    () -> {},
                    () -> {},
                    System::nanoTime,
                    CueSound.silent());
            if ("earlier".equals(System.getProperty("bench.pace"))) {
                screen.usePace(earlierPace());
            }
            long wall0 = System.nanoTime(), cpu0 = SessionTrace.processCpu();
            SessionTrace trace = new SessionTrace(show(screen.view()));
            new AnimationTimer() {
                private long last, late, frames, worstGap, steadyWall0, steadyCpu0, doneAt;

                @Override
                public void handle(long now) {
                    if (doneAt != 0) { // the well-done view, a few seconds, for the phase table only
                        trace.pulse("WELL_DONE");
                        if (now - doneAt > WELL_DONE_NANOS) {
                            stop();
                            trace.print();
                            SessionTrace.printThreads();
                            screen.dispose();
                            Platform.exit();
                        }
                        return;
                    }
                    trace.pulse(
                            screen.state().completed()
                                    ? "WELL_DONE"
                                    : screen.state().phase().name());
                    if (steadyWall0 == 0 && System.nanoTime() - wall0 > STEADY_AFTER_NANOS) {
                        steadyWall0 = System.nanoTime();
                        steadyCpu0 = SessionTrace.processCpu();
                    }
                    if (last != 0) {
                        long gap = now - last;
                        frames++;
                        worstGap = Math.max(worstGap, gap);
                        late += gap > 25_000_000L ? 1 : 0; // more than one and a half 60 Hz frames
                    }
                    last = now;
                    if (screen.state().completed() && warmups > 0) {
                        stop();
                        screen.dispose();
                        Platform.runLater(() -> session(warmups - 1));
                        return;
                    }
                    if (screen.state().completed()) {
                        System.out.printf(
                                "PK-RESULT session-cpu-share %.4f%n",
                                (SessionTrace.processCpu() - cpu0) / (double) (System.nanoTime() - wall0));
                        System.out.printf("PK-RESULT session-seconds %.1f%n", (System.nanoTime() - wall0) / 1e9);
                        System.out.printf(
                                "PK-RESULT session-late-share %.4f%n", frames == 0 ? 1.0 : late / (double) frames);
                        System.out.printf("PK-RESULT session-worst-gap-ms %.1f%n", worstGap / 1e6);
                        System.out.printf(
                                "PK-RESULT session-pulses-per-second %.1f%n",
                                frames / ((System.nanoTime() - wall0) / 1e9));
                        // Without the first seconds (window shown, styles applied, code compiled): what the painting
                        // costs.
                        System.out.printf(
                                "PK-RESULT session-steady-cpu-share %.4f%n",
                                (SessionTrace.processCpu() - steadyCpu0) / (double) (System.nanoTime() - steadyWall0));
                        doneAt = now;
                    }
                }
            }.start();
        }
    }
}
