package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.kiosk.AppFolders;
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
import org.physiokiosk.ui.home.HomeScreen;
import org.physiokiosk.ui.player.PlayerScreen;
import org.physiokiosk.ui.safety.SafetyScreen;
import org.physiokiosk.ui.start.StartScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hostile walk F16: a program whose second exercise this kiosk does not hold (a removed clinic exercise) is shown
 * and played numbered as on the patient's paper: "2." says it is missing, the run goes from "Oefening 1 van 3"
 * to "Oefening 3 van 3".
 */
@ExtendWith(ApplicationExtension.class)
class MissingExerciseWalkTest {

    private static final Catalog CATALOG =
            new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
    private static final String REMOVED = "clinic-removed-exercise";

    private KioskHarness kiosk;
    private IssuedCode code;
    private Exercise first;
    private Exercise third;
    private Path data;

    @AfterEach
    void removeFolder() {
        TempFolders.remove(data);
    }

    @Start
    void start(Stage stage) throws Exception {
        data = TempFolders.create("missing-exercise");
        FileProgramStore store = new FileProgramStore(data.resolve("programs"));
        FileCodeIndex codes = new FileCodeIndex(data.resolve(FileCodeIndex.FILE_NAME), store, CodePolicy.DEFAULT);
        List<Exercise> withCautions = CATALOG.exercises().values().stream()
                .filter(exercise -> !exercise.cautions().isEmpty())
                .toList();
        first = withCautions.get(0);
        third = withCautions.stream()
                .filter(exercise -> !first.cautions().containsAll(exercise.cautions()))
                .findFirst()
                .orElseThrow();
        Program program = store.save(new Program(
                Optional.empty(),
                0,
                "Rug",
                Optional.of("Johanna Verbeek"),
                "M. de Vries",
                LocalDate.now(),
                Optional.of(LocalDate.now().plusWeeks(4)),
                "",
                "nl",
                List.of(
                        new ProgramItem(first.id(), first.dose(), 7, ""),
                        new ProgramItem(REMOVED, first.dose(), 7, ""),
                        new ProgramItem(third.id(), third.dose(), 7, ""))));
        code = codes.issueCode(program.id().orElseThrow(), LocalDate.now());
        kiosk = new KioskHarness(CATALOG, "nl", new AppFolders(data));
        kiosk.start(stage, 1920, 1080);
    }

    @Test
    void theProgramKeepsThePapersNumbersAndTheRunSkipsTheMissingOne(FxRobot robot) {
        tap(robot, StartScreen.TAP_ID);
        tap(robot, HomeScreen.MY_PROGRAM_ID);
        assertThat(kiosk.screen()).isInstanceOf(CodeKeypadScreen.class);
        for (char symbol : code.code().value().toCharArray()) {
            tap(robot, CodeKeypadScreen.KEY_ID_PREFIX + symbol);
        }
        tap(robot, CodeKeypadScreen.OK_ID);

        assertThat(kiosk.screen()).isInstanceOf(ProgramScreen.class);
        assertThat(text(robot, "#" + ProgramScreen.ITEM_ID_PREFIX + "1 .pk-exercise-title"))
                .isEqualTo("1.  " + first.title().in("nl"));
        assertThat(text(robot, "#" + ProgramScreen.MISSING_ID_PREFIX + "2"))
                .isEqualTo("2.  Deze oefening staat niet op deze kiosk. Vraag ernaar aan de balie.");
        assertThat(text(robot, "#" + ProgramScreen.ITEM_ID_PREFIX + "3 .pk-exercise-title"))
                .isEqualTo("3.  " + third.title().in("nl"));
        assertThat(robot.lookup("#" + ProgramScreen.ITEM_ID_PREFIX + "2").tryQuery())
                .isEmpty();

        tap(robot, ProgramScreen.START_ID);
        if (kiosk.screen() instanceof SafetyScreen) {
            Button confirm = robot.lookup("#" + SafetyScreen.CONFIRM_ID).queryButton();
            for (int page = 0; page < 10 && confirm.isDisabled(); page++) {
                tap(robot, SafetyScreen.SIGNS_ID + "-scroll" + PageScroller.DOWN_ID_SUFFIX);
            }
            tap(robot, SafetyScreen.CONFIRM_ID);
        }
        assertThat(kiosk.screen()).isInstanceOf(PlayerScreen.class);
        assertThat(text(robot, ".pk-player-progress")).isEqualTo("Oefening 1 van 3");

        tap(robot, PlayerScreen.SKIP_ID);
        assertThat(text(robot, ".pk-player-progress"))
                .as("the missing exercise is skipped, the next keeps its number on the paper")
                .isEqualTo("Oefening 3 van 3");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void tap(FxRobot robot, String id) {
        Finger.tap(robot, id.startsWith("#") || id.startsWith(".") ? id : "#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
