package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.kiosk.AppFolders;
import org.physiokiosk.player.Phase;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.player.PlayerState;
import org.physiokiosk.program.CodePolicy;
import org.physiokiosk.program.FileCodeIndex;
import org.physiokiosk.program.FileProgramStore;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.TempFolders;
import org.physiokiosk.ui.code.CodeKeypadScreen;
import org.physiokiosk.ui.code.ProgramScreen;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.condition.ConditionScreen;
import org.physiokiosk.ui.condition.ConditionTab;
import org.physiokiosk.ui.home.HomeScreen;
import org.physiokiosk.ui.player.PlayerFrames;
import org.physiokiosk.ui.player.PlayerScreen;
import org.physiokiosk.ui.safety.SafetyScreen;
import org.physiokiosk.ui.start.StartScreen;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finding F1 (decision 0027): "do them all" and a therapist's program by its code show each exercise's own
 * cautions before it starts, in the bundled content's words; the patient can skip an exercise a caution rules
 * out; Stop says a kind word and Start goes on where they stopped.
 */
@ExtendWith(ApplicationExtension.class)
class RunCautionsWalkTest {

    private static final Catalog CATALOG =
            new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
    private static final String PREGNANT = "Ben je zwanger? Doe deze oefening dan niet.";
    private static final String NOT_WORSE = "Oefenen mag je pijn niet erger maken.";

    private KioskHarness kiosk;
    private java.nio.file.Path data;
    private IssuedCode code;

    @AfterEach
    void removeFolder() {
        TempFolders.remove(data);
    }

    @Start
    void start(Stage stage) throws Exception {
        data = TempFolders.create("run-cautions");
        FileProgramStore store = new FileProgramStore(data.resolve("programs"));
        FileCodeIndex codes = new FileCodeIndex(data.resolve(FileCodeIndex.FILE_NAME), store, CodePolicy.DEFAULT);
        List<ProgramItem> items = java.util.stream.Stream.of(
                        "sciatica-bridge", "sciatica-sit-up", "sciatica-figure-four")
                .map(id -> new ProgramItem(id, CATALOG.exercises().get(id).dose(), 5, ""))
                .toList();
        Program program = store.save(new Program(
                Optional.empty(),
                0,
                "Ischias",
                Optional.empty(),
                "M. de Vries",
                LocalDate.now(),
                Optional.empty(),
                "",
                "nl",
                items));
        code = codes.issueCode(program.id().orElseThrow(), LocalDate.now());
        kiosk = new KioskHarness(CATALOG, "nl", new AppFolders(data));
        kiosk.start(stage, 1920, 1080);
    }

    @Test
    void doThemAllShowsEachExercisesCautionsAndSkipsOneAndGoesOnWhereStopped(FxRobot robot) {
        Condition sciatica = CATALOG.conditions().get("sciatica");
        List<PlannedExercise> plan = ConditionPlan.of(CATALOG, sciatica, "nl");
        int sitUp = indexOf(plan, "sciatica-sit-up");
        int oblique = indexOf(plan, "sciatica-oblique");
        assertThat(oblique)
                .as("the walk skips the sit-up and meets the oblique next")
                .isEqualTo(sitUp + 1);

        tap(robot, StartScreen.TAP_ID);
        assertThat(kiosk.screen()).isInstanceOf(HomeScreen.class);
        tap(robot, "condition-sciatica");
        tap(robot, ConditionTab.EXERCISES.buttonId());
        tap(robot, ConditionScreen.DO_ALL_ID);
        assertThat(kiosk.screen()).isInstanceOf(SafetyScreen.class);
        WaitForAsyncUtils.asyncFx(
                () -> KioskHarness.readToTheEnd(kiosk.app.navigator().host().getScene()));
        WaitForAsyncUtils.waitForFxEvents();
        tap(robot, SafetyScreen.CONFIRM_ID);

        PlayerState first = frame();
        assertThat(first.phase()).as("the first exercise waits at its cautions").isEqualTo(Phase.CAUTIONS);
        assertThat(cautionsText()).as("the caution every exercise shares, once").contains(NOT_WORSE);
        begin(robot);
        assertThat(frame().phase()).isEqualTo(Phase.GET_READY);

        for (int i = 0; i < sitUp; i++) {
            tap(robot, PlayerScreen.NEXT_EXERCISE_ID);
            if (frame().exerciseIndex() < sitUp && frame().phase() == Phase.CAUTIONS) {
                begin(robot);
            }
        }
        // One tap per exercise got here; the one after the first without own cautions starts on its own.
        assertThat(frame().exerciseIndex()).isEqualTo(sitUp);
        assertThat(frame().phase()).isEqualTo(Phase.CAUTIONS);
        assertThat(cautionsText()).contains(PREGNANT).doesNotContain(NOT_WORSE);
        assertThat(button(robot, PlayerScreen.NEXT_ID))
                .as("no next step before Begin")
                .isNull();

        tap(robot, PlayerScreen.SKIP_ID);
        assertThat(frame().exerciseIndex()).isEqualTo(oblique);
        assertThat(frame().phase()).isEqualTo(Phase.CAUTIONS);
        assertThat(cautionsText()).contains(PREGNANT);

        tap(robot, PlayerScreen.STOP_ID);
        assertThat(visibleText())
                .contains("Je bent gestopt", "Stop als de pijn erger wordt")
                .contains("oefening " + (oblique + 1) + " van " + plan.size());
        tap(robot, PlayerScreen.STOPPED_BACK_ID);
        assertThat(kiosk.screen()).isInstanceOf(ConditionScreen.class);

        tap(robot, ConditionScreen.DO_ALL_ID);
        assertThat(kiosk.screen()).as("asked once per visit").isInstanceOf(PlayerScreen.class);
        assertThat(frame().exerciseIndex())
                .as("Start goes on where they stopped")
                .isEqualTo(oblique);
        assertThat(frame().phase()).isEqualTo(Phase.CAUTIONS);

        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.asyncFx(() -> kiosk.idleFor(60));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(kiosk.screen()).as("the gate lets the kiosk go idle").isInstanceOf(StartScreen.class);
        // The idle reset replaces the whole Visit, where the stopped exercise was kept: the next patient starts anew.
    }

    @Test
    void aProgramByItsCodeShowsTheCautionsAndSkipsOne(FxRobot robot) {
        tap(robot, StartScreen.TAP_ID);
        tap(robot, HomeScreen.MY_PROGRAM_ID);
        for (char symbol : code.code().value().toCharArray()) {
            tap(robot, CodeKeypadScreen.KEY_ID_PREFIX + symbol);
        }
        tap(robot, CodeKeypadScreen.OK_ID);
        assertThat(kiosk.screen()).isInstanceOf(ProgramScreen.class);
        tap(robot, ProgramScreen.START_ID);
        WaitForAsyncUtils.asyncFx(
                () -> KioskHarness.readToTheEnd(kiosk.app.navigator().host().getScene()));
        WaitForAsyncUtils.waitForFxEvents();
        tap(robot, SafetyScreen.CONFIRM_ID);

        assertThat(frame().phase()).isEqualTo(Phase.CAUTIONS);
        assertThat(cautionsText()).contains(NOT_WORSE);
        begin(robot);
        tap(robot, PlayerScreen.NEXT_EXERCISE_ID);
        assertThat(frame().exerciseIndex()).isEqualTo(1);
        assertThat(frame().phase()).isEqualTo(Phase.CAUTIONS);
        assertThat(cautionsText()).contains(PREGNANT).doesNotContain(NOT_WORSE);
        tap(robot, PlayerScreen.SKIP_ID);
        PlayerState third = frame();
        assertThat(third.exerciseIndex()).isEqualTo(2);
        assertThat(third.phase())
                .as("the figure-four has no caution of its own: its preview runs as before")
                .isEqualTo(Phase.NEXT_EXERCISE);
        assertThat(button(robot, PlayerScreen.NEXT_EXERCISE_ID).isVisible())
                .as("no next exercise after the last")
                .isFalse();
    }

    private static int indexOf(List<PlannedExercise> plan, String id) {
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).exercise().id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id + " not in " + plan);
    }

    private PlayerState frame() {
        PlayerState[] state = {null};
        try {
            FxToolkit.setupFixture(() -> state[0] = PlayerFrames.frame(kiosk.screen()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return state[0];
    }

    /** Pages the cautions to their end where they page, then taps Begin: it opens only then. */
    private void begin(FxRobot robot) {
        for (int page = 0; page < 10 && button(robot, PlayerScreen.BEGIN_ID).isDisabled(); page++) {
            tap(robot, PlayerScreen.CAUTIONS_ID + "-scroll" + PageScroller.DOWN_ID_SUFFIX);
        }
        tap(robot, PlayerScreen.BEGIN_ID);
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().map(Button.class::cast).orElse(null);
    }

    private String cautionsText() {
        Node box = kiosk.app.navigator().host().lookup("#" + PlayerScreen.CAUTIONS_ID);
        assertThat(box).as("the cautions are on screen").isNotNull();
        return String.join("\n", KioskHarness.visibleTexts((Parent) box));
    }

    private String visibleText() {
        return String.join("\n", KioskHarness.visibleTexts(kiosk.app.navigator().host()));
    }

    private static void tap(FxRobot robot, String id) {
        Finger.tap(robot, "#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
