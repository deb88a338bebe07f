package org.physiokiosk.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.util.Subscription;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.RedFlag;
import org.physiokiosk.player.PaperProgram;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.program.KioskProgram;
import org.physiokiosk.ui.code.CodeKeypadScreen;
import org.physiokiosk.ui.code.ProgramScreen;
import org.physiokiosk.ui.common.LookToggles;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.condition.ConditionScreen;
import org.physiokiosk.ui.exercise.ExerciseScreen;
import org.physiokiosk.ui.home.HomeScreen;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.player.PlayerScreen;
import org.physiokiosk.ui.safety.SafetyAdviceScreen;
import org.physiokiosk.ui.safety.SafetyScreen;
import org.physiokiosk.ui.start.StartScreen;
import org.physiokiosk.ui.theme.Look;

/**
 * The patient's way through the kiosk, and the only place that knows which screen leads to which:
 * start → complaints → complaint page → (safety check, once per complaint per visit) → exercise → player.
 * It owns the {@link Visit}, which ends at the start screen however it is reached; {@link #resetVisit()} also puts
 * back the clinic's language and look.
 */
public final class PatientFlow {

    private final Catalog catalog;
    private final String clinicName;
    private final String defaultLanguage;
    private final Messages messages;
    private final Navigator navigator;
    private final Look look = new Look();
    private final Subscription lookOnRoot;
    private final Optional<ProgramDoor> programs;
    private final java.util.function.LongSupplier clock;
    private Visit visit = new Visit();

    /**
     * @param programs the way to a therapist's program by its code; empty hides "My program"
     * @param clock    the player's time (nanoseconds): the kiosk's monotonic clock, or one a test pushes on
     */
    PatientFlow(
            Catalog catalog,
            String clinicName,
            Messages messages,
            Navigator navigator,
            Optional<ProgramDoor> programs,
            java.util.function.LongSupplier clock) {
        this.programs = programs;
        this.clock = clock;
        this.catalog = catalog;
        this.clinicName = clinicName;
        this.defaultLanguage = messages.language();
        this.messages = messages;
        this.navigator = navigator;
        this.lookOnRoot = look.applyTo(navigator.host());
    }

    public Look look() {
        return look;
    }

    /**
     * The start screen stands between visits however it is reached (Back from the complaints, the end of the urgency
     * advice, the idle reset), and the idle guard leaves it alone: the visit ends here, or the next patient would
     * find the last one's answers (a complaint without its safety check, cautions marked read). The language and
     * the look stay until the idle guard puts them back, so a patient who only went one screen too far keeps theirs.
     */
    public void showStart() {
        visit = new Visit();
        navigator.show(() -> new StartScreen(
                clinicName,
                messages,
                otherLanguagesTap(),
                disclaimer(),
                LookToggles.create(look, messages, navigator::refresh),
                staffEntries(),
                navigator::refresh,
                this::showHome));
    }

    public void showHome() {
        navigator.show(() -> new HomeScreen(
                catalog,
                messages,
                topBar(Optional.of(this::showStart)),
                look.figureStyle(),
                this::showCondition,
                programs.map(door -> (Runnable) this::showCodeKeypad)));
    }

    // The patient's own program: code keypad → the program → its warning signs → the player.
    private static final String PROGRAM_SAFETY = "program-by-code";

    void showCodeKeypad() {
        ProgramDoor door = programs.orElseThrow();
        Visit current = visit;
        navigator.show(() -> new CodeKeypadScreen(
                door.entry(),
                door.tasks(),
                door.clock(),
                door.today(),
                messages,
                topBar(Optional.of(this::showHome)),
                program -> {
                    current.openProgram(program);
                    showProgram();
                }));
    }

    private void showProgram() {
        Visit current = visit;
        current.program()
                .ifPresentOrElse(
                        program -> {
                            PaperProgram paper = KioskProgramPlan.of(catalog, program);
                            navigator.show(() -> new ProgramScreen(
                                    program.title(),
                                    program.instructions(),
                                    paper,
                                    messages,
                                    topBar(Optional.of(this::showHome)),
                                    () -> playProgram(current, paper)));
                        },
                        this::showHome);
    }

    private void playProgram(Visit current, PaperProgram paper) {
        List<RedFlag> flags = KioskProgramPlan.redFlags(catalog, paper.playable());
        if (flags.isEmpty() || current.safetyConfirmed(PROGRAM_SAFETY)) {
            playRun(current, Visit.PROGRAM_RUN, paper, this::showProgram);
            return;
        }
        navigator.show(() -> new SafetyScreen(
                flags,
                messages,
                topBar(Optional.of(this::showProgram)),
                () -> {
                    current.confirmSafety(PROGRAM_SAFETY);
                    playRun(current, Visit.PROGRAM_RUN, paper, this::showProgram);
                },
                () -> showSafetyAdvice(flags)));
    }

    /** The program this visit's code opened (for tests: the idle reset must forget it). */
    Optional<KioskProgram> openedProgram() {
        return visit.program();
    }

    public void showCondition(Condition condition) {
        Visit current = visit;
        navigator.show(() -> new ConditionScreen(
                catalog,
                condition,
                messages,
                topBar(Optional.of(this::showHome)),
                look.figureStyle(),
                current.tabOf(condition.id()),
                new ConditionScreen.Actions(
                        tab -> current.rememberTab(condition.id(), tab),
                        exercise -> afterSafetyCheck(condition, () -> showExercise(condition, exercise)),
                        () -> afterSafetyCheck(
                                condition,
                                () -> playRun(
                                        current,
                                        "all:" + condition.id(),
                                        PaperProgram.of(ConditionPlan.of(catalog, condition, messages.language())),
                                        () -> showCondition(condition))))));
    }

    /**
     * The exercise page. Once its cautions were read to the end in this visit, Start is ready when the patient
     * comes back (from the player, or the complaint); the idle reset forgets it with the rest of the visit.
     */
    public void showExercise(Condition condition, Exercise exercise) {
        Visit current = visit;
        navigator.show(() -> new ExerciseScreen(
                catalog,
                exercise,
                exercise.dose(),
                messages,
                topBar(Optional.of(() -> showCondition(condition))),
                look.figureStyle(),
                new ExerciseScreen.CautionsRead(
                        current.cautionsRead(exercise.id()), () -> current.rememberCautionsRead(exercise.id())),
                () -> play(List.of(PlannedExercise.asWritten(exercise)), () -> showExercise(condition, exercise))));
    }

    /** Plays a list of exercises no page has shown, with their cautions first; Stop and the end lead to the complaints. */
    public void play(List<PlannedExercise> plan) {
        playRun(visit, "play", PaperProgram.of(plan), this::showHome);
    }

    /**
     * Plays an exercise page's exercise: its cautions were on that page before Start opened (decision 0021). Stop
     * leads back to where the patient came from, the end to the complaints.
     */
    private void play(List<PlannedExercise> plan, Runnable onStopped) {
        navigator.show(() -> new PlayerScreen(
                        catalog.poses()::get, plan, messages, look.figureStyle(), this::showHome, onStopped, clock)
                .offerLargeText(look.largeTextProperty()));
    }

    /**
     * Plays a run of exercises no page has shown ("do them all", a program by its code): each exercise's cautions
     * wait before it (decision 0027), and Start goes on from the exercise the patient stopped in, this visit.
     */
    private void playRun(Visit current, String run, PaperProgram paper, Runnable onStopped) {
        int startAt = Math.min(current.resumeAt(run), paper.playable().size() - 1);
        navigator.show(() -> new PlayerScreen(
                        catalog.poses()::get,
                        paper.run(startAt),
                        messages,
                        look.figureStyle(),
                        () -> {
                            current.forgetStop(run);
                            showHome();
                        },
                        exercise -> {
                            current.rememberStop(run, exercise);
                            onStopped.run();
                        },
                        true,
                        clock)
                .offerLargeText(look.largeTextProperty()));
    }

    /** Runs {@code next} at once if this visit already said none of the complaint's signs applies; else asks first. */
    private void afterSafetyCheck(Condition condition, Runnable next) {
        List<RedFlag> flags = catalog.redFlagsOf(condition);
        if (flags.isEmpty() || visit.safetyConfirmed(condition.id())) {
            next.run();
            return;
        }
        Visit current = visit;
        navigator.show(() -> new SafetyScreen(
                flags,
                messages,
                topBar(Optional.of(() -> showCondition(condition))),
                () -> {
                    current.confirmSafety(condition.id());
                    next.run();
                },
                () -> showSafetyAdvice(flags)));
    }

    private void showSafetyAdvice(List<RedFlag> flags) {
        navigator.show(() -> new SafetyAdviceScreen(flags, messages, topBar(Optional.empty()), this::showStart));
    }

    /** The idle reset: a new visit, the clinic's language and display, the start screen; nothing carries over. */
    public void resetVisit() {
        messages.setLanguage(defaultLanguage);
        look.reset();
        navigator.hideOverlay();
        showStart();
    }

    /** True when the last person changed nothing a reset would put back: the clinic's language, the usual look. */
    public boolean showsTheClinicsDefaults() {
        return messages.language().equals(defaultLanguage) && !look.highContrast() && !look.largeText();
    }

    boolean safetyConfirmed(String conditionId) {
        return visit.safetyConfirmed(conditionId);
    }

    private List<String> otherLanguagesTap() {
        return Messages.LANGUAGES.stream()
                .filter(language -> !language.equals(messages.language()))
                .map(language -> Messages.bundleFor(language).getString("start.tap"))
                .toList();
    }

    /** The place for the therapist's way in (a later change adds it); the patient's flow needs none. */
    private List<javafx.scene.Node> staffEntries() {
        return List.of();
    }

    private String disclaimer() {
        return catalog.disclaimer().map(text -> text.in(messages.language())).orElse(messages.get("home.disclaimer"));
    }

    private TopBar topBar(Optional<Runnable> back) {
        return new TopBar(
                clinicName, messages, back, navigator::refresh, LookToggles.create(look, messages, navigator::refresh));
    }

    void dispose() {
        lookOnRoot.unsubscribe();
    }
}
