package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.handout.HandoutRenderer;
import org.physiokiosk.handout.HandoutSettings;
import org.physiokiosk.kiosk.AppFolders;
import org.physiokiosk.program.CodeAttempts;
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
import org.physiokiosk.ui.home.HomeScreen;
import org.physiokiosk.ui.player.PlayerScreen;
import org.physiokiosk.ui.safety.SafetyScreen;
import org.physiokiosk.ui.start.StartScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #12: the therapist's program, saved with a code and printed, opened by the patient on the kiosk's
 * keypad and played at the therapist's doses; wrong codes lock the keypad; no name on any kiosk screen.
 */
@ExtendWith(ApplicationExtension.class)
class ProgramCodeWalkTest {

    private static final String PATIENT = "Johanna Verbeek";
    private static final Catalog CATALOG =
            new ContentLoader().loadBundledAnd(Optional.empty()).catalog();

    private KioskHarness kiosk;
    private IssuedCode code;
    private Program program;
    private Exercise exercise;
    private Path data;

    @AfterEach
    void removeFolder() {
        TempFolders.remove(data);
    }

    @Start
    void start(Stage stage) throws Exception {
        data = TempFolders.create("program-codes");
        FileProgramStore store = new FileProgramStore(data.resolve("programs"));
        FileCodeIndex codes = new FileCodeIndex(data.resolve(FileCodeIndex.FILE_NAME), store, CodePolicy.DEFAULT);
        exercise = CATALOG.exercisesOf(CATALOG.conditions().values().iterator().next())
                .get(0);
        Dose therapists = new Dose(
                new IntRange(12, 12),
                2,
                exercise.dose().holdSeconds(),
                exercise.dose().restSeconds(),
                exercise.dose().side(),
                new IntRange(1, 1),
                java.util.Set.of());
        program = store.save(new Program(
                Optional.empty(),
                0,
                "Rug, week 1",
                Optional.of(PATIENT),
                "M. de Vries",
                LocalDate.now(),
                Optional.of(LocalDate.now().plusWeeks(4)),
                "Rustig opbouwen.",
                "nl",
                List.of(new ProgramItem(exercise.id(), therapists, 5, "Langzaam omhoog"))));
        code = codes.issueCode(program.id().orElseThrow(), LocalDate.now());
        kiosk = new KioskHarness(CATALOG, "nl", new AppFolders(data));
        kiosk.start(stage, 1920, 1080);
    }

    @Test
    void thePrintedCodeOpensTheTherapistsProgramAtTheKiosk(FxRobot robot) throws Exception {
        byte[] pdf =
                new HandoutRenderer(CATALOG, new HandoutSettings("Fysio Test", "")).toBytes(program, Optional.of(code));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper page1 = new PDFTextStripper();
            page1.setEndPage(1);
            assertThat(page1.getText(document))
                    .as("the code on page 1, grouped")
                    .contains(code.code().grouped());
        }

        openKeypad(robot);
        type(robot, code.code().value());
        assertThat(robot.lookup("#" + CodeKeypadScreen.FIELD_ID)
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo(code.code().grouped());
        tap(robot, CodeKeypadScreen.OK_ID);

        assertThat(kiosk.screen()).isInstanceOf(ProgramScreen.class);
        List<String> texts = KioskHarness.visibleTexts(kiosk.app.navigator().host());
        assertThat(String.join("\n", texts))
                .contains("Rug, week 1", exercise.title().in("nl"), "Langzaam omhoog", "12 keer");
        assertThat(texts)
                .noneMatch(text -> text.contains("Johanna") || text.contains("Verbeek") || text.contains("Vries"));

        tap(robot, ProgramScreen.START_ID);
        assertThat(kiosk.screen()).as("the warning signs come first").isInstanceOf(SafetyScreen.class);
        // "None of these" counts once every sign has been on screen: page down to the last one.
        Button confirm = robot.lookup("#" + SafetyScreen.CONFIRM_ID).queryButton();
        for (int page = 0; page < 10 && confirm.isDisabled(); page++) {
            tap(robot, SafetyScreen.SIGNS_ID + "-scroll" + org.physiokiosk.ui.common.PageScroller.DOWN_ID_SUFFIX);
        }
        tap(robot, SafetyScreen.CONFIRM_ID);
        assertThat(kiosk.screen()).isInstanceOf(PlayerScreen.class);
        // The exercise's cautions come first (decision 0027): read to their end, then Begin.
        Button begin = robot.lookup("#" + PlayerScreen.BEGIN_ID).queryButton();
        for (int page = 0; page < 10 && begin.isDisabled(); page++) {
            tap(robot, PlayerScreen.CAUTIONS_ID + "-scroll" + org.physiokiosk.ui.common.PageScroller.DOWN_ID_SUFFIX);
        }
        tap(robot, PlayerScreen.BEGIN_ID);
        Label rep = robot.lookup("#" + PlayerScreen.REP_ID).queryAs(Label.class);
        // The player runs on the App's clock: push it past "get ready" and the setup steps, a frame at a time.
        for (int second = 0; second < 60 && rep.getText().isEmpty(); second++) {
            kiosk.clock.addAndGet(KioskHarness.SECOND);
            org.testfx.api.FxToolkit.setupFixture(() -> org.physiokiosk.ui.player.PlayerFrames.frame(kiosk.screen()));
        }
        assertThat(rep.getText()).as("the therapist's repetitions").endsWith("van 12");
    }

    @Test
    void fiveWrongCodesLockTheKeypadUntilTheClockMovesOn(FxRobot robot) {
        openKeypad(robot);
        String wrong = code.code().value().startsWith("2") ? "33333333" : "22222222";
        for (int i = 1; i < CodeAttempts.WRONG_BEFORE_LOCK; i++) {
            type(robot, wrong);
            tap(robot, CodeKeypadScreen.OK_ID);
            assertThat(message(robot)).isEqualTo("Deze code kennen we niet. Kijk nog eens op je papier.");
            assertThat(field(robot).getText())
                    .as("kept to compare with the paper; the next try types over it")
                    .isEqualTo(wrong.substring(0, 4) + "-" + wrong.substring(4));
        }
        type(robot, wrong);
        tap(robot, CodeKeypadScreen.OK_ID);
        assertThat(message(robot)).isEqualTo("Even wachten: probeer het over 30 seconden opnieuw");
        assertThat(robot.lookup("#" + CodeKeypadScreen.KEY_ID_PREFIX + "K")
                        .queryAs(Button.class)
                        .isDisabled())
                .isTrue();

        kiosk.clock.addAndGet(20 * KioskHarness.SECOND);
        WaitForAsyncUtils.asyncFx(() -> ((CodeKeypadScreen) kiosk.screen()).tick());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message(robot)).isEqualTo("Even wachten: probeer het over 10 seconden opnieuw");

        kiosk.clock.addAndGet(11 * KioskHarness.SECOND);
        WaitForAsyncUtils.asyncFx(() -> ((CodeKeypadScreen) kiosk.screen()).tick());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message(robot)).isEmpty();
        type(robot, code.code().value());
        tap(robot, CodeKeypadScreen.OK_ID);
        assertThat(kiosk.screen()).as("the right code opens after the lock").isInstanceOf(ProgramScreen.class);
    }

    /** Finding F5: a code with one symbol wrong stays in the field, marked, and backspace fixes that one symbol. */
    @Test
    void aWrongCodeStaysMarkedSoBackspaceFixesOneSymbol(FxRobot robot) {
        openKeypad(robot);
        String right = code.code().value();
        char last = right.charAt(right.length() - 1);
        String oneOff = right.substring(0, right.length() - 1) + (last == '2' ? '3' : '2');
        type(robot, oneOff);
        tap(robot, CodeKeypadScreen.OK_ID);

        assertThat(message(robot)).isEqualTo("Deze code kennen we niet. Kijk nog eens op je papier.");
        Label field = field(robot);
        assertThat(field.getText()).as("still there").isEqualTo(oneOff.substring(0, 4) + "-" + oneOff.substring(4));
        assertThat(field.getPseudoClassStates()).extracting(Object::toString).contains("not-found");
        assertThat(robot.lookup("#" + CodeKeypadScreen.OK_ID).queryButton().isDisabled())
                .as("the same code again would only count another miss")
                .isTrue();

        tap(robot, CodeKeypadScreen.BACKSPACE_ID);
        assertThat(((CodeKeypadScreen) kiosk.screen()).typed()).isEqualTo(oneOff.substring(0, 7));
        assertThat(field.getPseudoClassStates()).extracting(Object::toString).doesNotContain("not-found");
        assertThat(message(robot)).as("editing: the old answer goes").isEmpty();
        type(robot, String.valueOf(last));
        tap(robot, CodeKeypadScreen.OK_ID);
        assertThat(kiosk.screen()).isInstanceOf(ProgramScreen.class);
    }

    @Test
    void aSymbolTypedOverAWrongCodeStartsANewOne(FxRobot robot) {
        openKeypad(robot);
        String wrong = code.code().value().startsWith("2") ? "33333333" : "22222222";
        type(robot, wrong);
        tap(robot, CodeKeypadScreen.OK_ID);
        type(robot, code.code().value().substring(0, 1));
        assertThat(field(robot).getText()).isEqualTo(code.code().value().charAt(0) + "___-____");
        type(robot, code.code().value().substring(1));
        tap(robot, CodeKeypadScreen.OK_ID);
        assertThat(kiosk.screen()).isInstanceOf(ProgramScreen.class);
    }

    @Test
    void theIdleResetForgetsTheOpenedProgram(FxRobot robot) {
        openKeypad(robot);
        type(robot, code.code().value());
        tap(robot, CodeKeypadScreen.OK_ID);
        assertThat(kiosk.flow().openedProgram()).isPresent();

        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.asyncFx(() -> kiosk.idleFor(60));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(kiosk.screen()).isInstanceOf(StartScreen.class);
        assertThat(kiosk.flow().openedProgram()).isEmpty();
    }

    @Test
    void aStoreThatCannotBeReadSaysAskAtTheDeskAndCountsNoMiss(FxRobot robot) throws Exception {
        openKeypad(robot);
        Files.writeString(data.resolve(FileCodeIndex.FILE_NAME), "{ not json");
        type(robot, code.code().value());
        tap(robot, CodeKeypadScreen.OK_ID);
        assertThat(message(robot)).isEqualTo("Mijn programma werkt nu even niet. Vraag het aan de balie.");
        assertThat(kiosk.screen()).isInstanceOf(CodeKeypadScreen.class);
        assertThat(((CodeKeypadScreen) kiosk.screen()).typed())
                .as("kept, to try again")
                .isEqualTo(code.code().value());
    }

    private void openKeypad(FxRobot robot) {
        tap(robot, StartScreen.TAP_ID);
        assertThat(kiosk.screen()).isInstanceOf(HomeScreen.class);
        tap(robot, HomeScreen.MY_PROGRAM_ID);
        assertThat(kiosk.screen()).isInstanceOf(CodeKeypadScreen.class);
    }

    private static void type(FxRobot robot, String symbols) {
        for (char symbol : symbols.toCharArray()) {
            tap(robot, CodeKeypadScreen.KEY_ID_PREFIX + symbol);
        }
    }

    private static Label field(FxRobot robot) {
        return robot.lookup("#" + CodeKeypadScreen.FIELD_ID).queryAs(Label.class);
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#" + CodeKeypadScreen.MESSAGE_ID)
                .queryAs(Label.class)
                .getText();
    }

    private static void tap(FxRobot robot, String id) {
        Finger.tap(robot, "#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
