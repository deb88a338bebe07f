package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Exercise;
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
import org.physiokiosk.ui.start.StartScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * F14: a program whose title and instructions name the patient opens without the name; F28: a replaced code
 * says it no longer works and never locks the keypad.
 */
@ExtendWith(ApplicationExtension.class)
class KioskCodeAnswersWalkTest {

    private static final Catalog CATALOG =
            new ContentLoader().loadBundledAnd(Optional.empty()).catalog();

    private KioskHarness kiosk;
    private IssuedCode named;
    private IssuedCode replaced;
    private Path data;

    @AfterEach
    void removeFolder() {
        TempFolders.remove(data);
    }

    @Start
    void start(Stage stage) throws Exception {
        data = TempFolders.create("kiosk-code-answers");
        FileProgramStore store = new FileProgramStore(data.resolve("programs"));
        FileCodeIndex codes = new FileCodeIndex(data.resolve(FileCodeIndex.FILE_NAME), store, CodePolicy.DEFAULT);
        Exercise exercise = CATALOG.exercisesOf(
                        CATALOG.conditions().values().iterator().next())
                .get(0);
        Program program = store.save(new Program(
                Optional.empty(),
                0,
                "Rug 💪 Олена Шевченко — week 1",
                Optional.of("Олена Шевченко"),
                "M. de Vries",
                LocalDate.now(),
                Optional.of(LocalDate.now().plusWeeks(4)),
                "Олена, rustig opbouwen.",
                "nl",
                List.of(new ProgramItem(exercise.id(), exercise.dose(), 5, "Goed zo ШЕВЧЕНКО"))));
        named = codes.issueCode(program.id().orElseThrow(), LocalDate.now());
        Program other = store.save(program.asNewCopy("Nek", LocalDate.now()));
        replaced = codes.issueCode(other.id().orElseThrow(), LocalDate.now());
        codes.issueCode(other.id().orElseThrow(), LocalDate.now());
        kiosk = new KioskHarness(CATALOG, "nl", new AppFolders(data));
        kiosk.start(stage, 1280, 800);
    }

    @Test
    void theProgramScreenShowsANeutralHeadingAndMasksTheName(FxRobot robot) {
        openKeypad();
        type(named.code().value());
        tap(CodeKeypadScreen.OK_ID);

        assertThat(kiosk.screen()).isInstanceOf(ProgramScreen.class);
        String texts = String.join(
                "\n", KioskHarness.visibleTexts(kiosk.app.navigator().host()));
        assertThat(texts).contains("Jouw programma", "…, rustig opbouwen.", "Goed zo …");
        assertThat(texts).doesNotContainIgnoringCase("Олена").doesNotContainIgnoringCase("Шевченко");
    }

    @Test
    void aReplacedCodeSaysItNoLongerWorksAndNeverLocksTheKeypad(FxRobot robot) {
        openKeypad();
        for (int i = 0; i < CodeAttempts.WRONG_BEFORE_LOCK + 1; i++) {
            type(replaced.code().value());
            tap(CodeKeypadScreen.OK_ID);
            assertThat(robot.lookup("#" + CodeKeypadScreen.MESSAGE_ID)
                            .queryAs(Label.class)
                            .getText())
                    .isEqualTo("Deze code werkt niet meer. Vraag je fysiotherapeut om een nieuwe.");
        }
        type(named.code().value());
        tap(CodeKeypadScreen.OK_ID);
        assertThat(kiosk.screen()).as("not locked").isInstanceOf(ProgramScreen.class);
    }

    private void openKeypad() {
        tap(StartScreen.TAP_ID);
        assertThat(kiosk.screen()).isInstanceOf(HomeScreen.class);
        tap(HomeScreen.MY_PROGRAM_ID);
        assertThat(kiosk.screen()).isInstanceOf(CodeKeypadScreen.class);
    }

    private void type(String symbols) {
        for (char symbol : symbols.toCharArray()) {
            tap(CodeKeypadScreen.KEY_ID_PREFIX + symbol);
        }
    }

    private void tap(String id) {
        Finger.tap(new FxRobot(), "#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
