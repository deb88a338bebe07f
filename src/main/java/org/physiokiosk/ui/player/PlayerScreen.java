package org.physiokiosk.ui.player;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Parent;
import javafx.util.Subscription;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.figure.Pose;
import org.physiokiosk.player.FramePace;
import org.physiokiosk.player.Phase;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.player.PlayerRun;
import org.physiokiosk.player.PlayerSession;
import org.physiokiosk.player.PlayerState;
import org.physiokiosk.ui.common.ContentChange;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.i18n.Messages;

/**
 * The exercise player: the figure moving, the step in large type, counters, countdowns and the buttons.
 * One AnimationTimer drives the session and the picture; it runs only while time runs (not while paused,
 * not when done), so a paused player repaints nothing. The session holds all timing; this class only shows it.
 */
public final class PlayerScreen implements Screen {

    /**
     * A patient who paused may be lying on the mat: a minute and a 20-second question is not enough time to get
     * up to the screen, and the reset would take their place in the program and the safety answer with it.
     */
    public static final Duration PAUSED_PATIENCE = Duration.ofMinutes(5);

    public static final String COUNTDOWN_ID = "player-countdown";
    public static final String REP_ID = "player-rep";
    public static final String SET_ID = "player-set";
    public static final String SIDE_ID = "player-side";
    public static final String DOSE_ID = "player-dose";
    public static final String STEP_TEXT_ID = "player-step-text";
    public static final String BREATH_ID = "player-breath";
    public static final String PAUSE_ID = "player-pause";
    public static final String NEXT_ID = "player-next";
    public static final String PREVIOUS_ID = "player-previous";
    public static final String STOP_ID = "player-stop";
    public static final String MUTE_ID = "player-mute";
    public static final String DONE_ID = "player-done";
    public static final String WELL_DONE_ID = "player-well-done";
    public static final String PHASE_ID = "player-phase";
    public static final String TITLE_ID = "player-title";
    public static final String SAFETY_ID = "player-safety";
    public static final String CAUTIONS_ID = "player-cautions";
    public static final String BEGIN_ID = "player-begin";
    /** The "first read all of 'Take care'" line over a run's cautions, while Begin waits. */
    public static final String READ_ALL_ID = "player-read-all";

    public static final String SKIP_ID = "player-skip";
    public static final String NEXT_EXERCISE_ID = "player-next-exercise";
    public static final String STOPPED_ID = "player-stopped";
    public static final String STOPPED_RESUME_ID = "player-stopped-resume";
    public static final String STOPPED_BACK_ID = "player-stopped-back";

    private final Messages messages;
    private final Runnable onFinished;
    private final IntConsumer onStopped;
    private final boolean remembersStop;
    private final LongSupplier clock;
    private final CueSound sound;
    private final PlayerSession session;
    private final PlayerControls controls;
    private final PlayerCorner corner;
    private final PlayerLayout layout;
    private final PlayerPicture picture;
    private final FrameLoop loop;
    private Subscription subscriptions = Subscription.EMPTY;
    private final PlayerCards cards;

    /**
     * A list of exercises whose cautions were read before (on the exercise's page), on the time given
     * (nanoseconds, monotonic): the kiosk's clock, or one a test pushes on.
     *
     * @param figureStyle the figure's colours: the high-contrast set when the patient chose high contrast
     * @param onFinished  called when the patient leaves the well-done view
     * @param onStopped   called when the patient stops before the end
     */
    public PlayerScreen(
            Function<String, Pose> poses,
            List<PlannedExercise> plan,
            Messages messages,
            FigureStyle figureStyle,
            Runnable onFinished,
            Runnable onStopped,
            LongSupplier clock) {
        this(
                poses,
                PlayerRun.cautionsSeen(plan),
                messages,
                figureStyle,
                onFinished,
                onStopped,
                clock,
                CueSound.speaker());
    }

    /** With the time and the sound given: a test pushes time in through {@code clock} and calls {@link #frame()}. */
    PlayerScreen(
            Function<String, Pose> poses,
            List<PlannedExercise> plan,
            Messages messages,
            Runnable onFinished,
            Runnable onStopped,
            LongSupplier clock,
            CueSound sound) {
        this(
                poses,
                PlayerRun.cautionsSeen(plan),
                messages,
                FigureStyle.standard(),
                onFinished,
                onStopped,
                clock,
                sound);
    }

    /** A run whose cautions were read before: Stop leads back, and the next Start begins anew. */
    private PlayerScreen(
            Function<String, Pose> poses,
            PlayerRun run,
            Messages messages,
            FigureStyle figureStyle,
            Runnable onFinished,
            Runnable onStopped,
            LongSupplier clock,
            CueSound sound) {
        this(poses, run, messages, figureStyle, onFinished, exercise -> onStopped.run(), false, clock, sound);
    }

    /**
     * A run: its cautions wait before the exercises the run says (decision 0027), and it may begin at a later
     * exercise.
     *
     * @param onStopped     called with the exercise the patient stopped in, when they leave the stopped page
     * @param remembersStop whether the caller goes on from that exercise at the next Start: the stopped page says so
     */
    public PlayerScreen(
            Function<String, Pose> poses,
            PlayerRun run,
            Messages messages,
            FigureStyle figureStyle,
            Runnable onFinished,
            IntConsumer onStopped,
            boolean remembersStop,
            LongSupplier clock) {
        this(poses, run, messages, figureStyle, onFinished, onStopped, remembersStop, clock, CueSound.speaker());
    }

    PlayerScreen(
            Function<String, Pose> poses,
            PlayerRun run,
            Messages messages,
            FigureStyle figureStyle,
            Runnable onFinished,
            IntConsumer onStopped,
            boolean remembersStop,
            LongSupplier clock,
            CueSound sound) {
        this.messages = messages;
        this.onFinished = onFinished;
        this.onStopped = onStopped;
        this.remembersStop = remembersStop;
        this.clock = clock;
        this.sound = sound;
        this.session = new PlayerSession(run);
        SessionCommands commands = new SessionCommands(session, clock, this::render);
        this.controls = new PlayerControls(
                messages,
                commands::previous,
                commands::pauseOrResume,
                commands::next,
                sound::setMuted,
                this::stop,
                commands::skipExercise,
                commands::begin);
        this.corner = new PlayerCorner(messages, this::languageChanged);
        this.layout = new PlayerLayout(messages, controls, corner, figureStyle, commands::skipExercise);
        this.picture = new PlayerPicture(layout, new PhaseWords(messages), sound, poses);
        this.loop = new FrameLoop(clock, session, this::render);
        this.cards = new PlayerCards(layout);
        // The session starts when the screen is shown, not when it is made.
        subscriptions = layout.root().sceneProperty().subscribe(scene -> {
            if (scene != null) {
                commands.start();
            }
        });
    }

    /**
     * Offers the larger-text switch inside the player, beside the languages (hostile walk F12); call before the
     * screen is shown. {@code largeText} is the visit's choice: whoever owns it applies it to the window.
     */
    public PlayerScreen offerLargeText(BooleanProperty largeText) {
        corner.offerLargeText(largeText);
        return this;
    }

    @Override
    public Parent view() {
        return layout.root();
    }

    @Override
    public boolean holdsIdleClock() {
        return loop.running() && session.state().running();
    }

    @Override
    public Optional<Duration> idlePatience() {
        PlayerState state = session.state();
        return state.paused() && state.phase() != Phase.DONE ? Optional.of(PAUSED_PATIENCE) : Optional.empty();
    }

    @Override
    public void dispose() {
        loop.stop();
        subscriptions.unsubscribe();
        layout.dispose();
        sound.close();
        picture.forget();
    }

    /**
     * One frame: time moves on to the clock's now, and the screen shows it when the pace says a new picture is
     * due (at once for anything a patient reads, at the pace's rate for smooth movement). The timer calls
     * this; so may a test.
     */
    void frame() {
        loop.frame();
    }

    PlayerState state() {
        return session.state();
    }

    /** Another pace, before the screen is shown: the benchmark compares the earlier pace with this one. */
    void usePace(FramePace other) {
        loop.usePace(other);
    }

    /** The session ends; a kind page says what to do if it hurt (and, in a run, that Start goes on here). */
    private void stop() {
        session.stop();
        render();
        int at = session.stoppedAt();
        int resumeAt = remembersStop && session.plan().size() > 1 ? session.numberOf(at) : 0;
        cards.show(
                () -> new StoppedView(messages, resumeAt, session.numberedCount(), () -> onStopped.accept(at)).view());
    }

    /**
     * The patient picked another language: the same moment in the new words. Nothing of the session is touched (no
     * tick, no restart): the step, rep, set, side and the countdown go on, or stay paused, as they were.
     */
    private void languageChanged() {
        controls.relabel(session.state().paused());
        layout.relabel();
        if (!cards.relabel()) {
            render();
        }
        ContentChange.announce(layout.root()); // the words under a finger changed: the rest of a double tap waits
    }

    private void render() {
        PlayerState state = session.state();
        picture.show(state, clock.getAsLong());
        if (state.completed()) {
            cards.showWellDoneOnce(
                    () -> new WellDoneView(session.plan(), session.skippedExercises(), messages, onFinished).view());
        }
        loop.runWhile(state.running());
    }
}
