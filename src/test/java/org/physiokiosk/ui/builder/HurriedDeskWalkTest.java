package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.program.Program;
import org.physiokiosk.testing.BuilderWindow;
import org.physiokiosk.testing.DeskWalk;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.TherapistDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a therapist in a hurry does at the desk (stranger's walk of 2026-11-30): pastes lines from a referral into
 * one-line fields, and closes the window with the title bar's X while the program is not saved.
 */
@ExtendWith(ApplicationExtension.class)
class HurriedDeskWalkTest {

    @RegisterExtension
    final DeskWalk walk = new DeskWalk("hurried-desk");

    private final List<String> questions = walk.questions();
    private BuilderWindow window;
    private final List<String> closed = new ArrayList<>();

    private void open(Program program) throws Exception {
        open(program, 1280, 800);
    }

    private void open(Program program, double width, double height) throws Exception {
        walk.answer(false);
        walk.showBuilder(width, height, shown -> shown.open(program));
        window = walk.window();
        Stage stage = window.stage();
        WaitForAsyncUtils.asyncFx(
                        () -> stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, event -> closed.add("closed")))
                .get();
    }

    /** Pasting goes through replaceSelection, as TextInputControl.paste() does with the clipboard's text. */
    private static void paste(FxRobot robot, String id, String text) {
        robot.interact(() -> {
            TextField field = robot.lookup("#" + id).queryAs(TextField.class);
            field.requestFocus();
            field.selectAll();
            field.replaceSelection(text);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void linesPastedIntoAOneLineFieldKeepTheirWordsApart(FxRobot robot) throws Exception {
        open(TherapistDesk.programOf(1, "nl"));
        paste(robot, ProgramDetailsPane.TITLE_ID, "Lage rug\nthuis");
        paste(robot, "item-1-note", "Rustig aan\r\nniet doorduwen\tbij pijn stoppen");
        TextField note = robot.lookup("#item-1-note").queryAs(TextField.class);
        assertThat(note.getCaretPosition())
                .as("the caret after the pasted text")
                .isEqualTo(note.getLength());
        paste(robot, "item-1-sets", "3\n");

        Program program = window.screen().program();
        assertThat(program.title()).isEqualTo("Lage rug thuis");
        assertThat(program.items().get(0).note()).isEqualTo("Rustig aan niet doorduwen bij pijn stoppen");
        assertThat(program.items().get(0).dose().sets())
                .as("a trailing line break is a space, stripped")
                .isEqualTo(3);
    }

    /**
     * A close request as the title bar's X sends it; the toolkit closes the window when no filter consumed it,
     * which the handler added in {@link #open} notes as "closed".
     */
    private void closeWithTheTitleBar(FxRobot robot) {
        Stage stage = window.stage();
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    @Test
    void closingTheWindowOverUnsavedWorkAsksFirstAndNoKeepsItOpen(FxRobot robot) throws Exception {
        open(TherapistDesk.programOf(2, "nl"));
        Finger.tap(robot, "#item-1-remove");
        WaitForAsyncUtils.waitForFxEvents();

        walk.answer(false);
        closeWithTheTitleBar(robot);
        assertThat(questions)
                .singleElement()
                .asString()
                .startsWith("Dit programma is niet opgeslagen. Toch afsluiten?");
        assertThat(closed).as("the window stays").isEmpty();
        assertThat(window.screen().program().items()).hasSize(1);

        walk.answer(true);
        closeWithTheTitleBar(robot);
        assertThat(questions).hasSize(2);
        assertThat(closed).as("the therapist chose to close").hasSize(1);
    }

    @Test
    void closingTheWindowOverASavedProgramAsksNothing(FxRobot robot) throws Exception {
        open(TherapistDesk.programOf(1, "nl"));
        closeWithTheTitleBar(robot);
        assertThat(questions).isEmpty();
        assertThat(closed).hasSize(1);
    }

    /**
     * A 1280x800 screen with a title bar: the first exercise of a new program is whole in view. Before, a two-line
     * "save to get a code" heading and two buttons that could do nothing yet left the list less than one exercise.
     */
    @Test
    void atTheSmallDeskANewProgramShowsItsFirstExerciseWhole(FxRobot robot) throws Exception {
        open(TherapistDesk.programOf(2, "nl"), 1280, 770);
        Node list = robot.lookup("#" + ProgramItemsPane.LIST_ID).query();
        while (!(list instanceof ScrollPane)) {
            list = list.getParent();
        }
        Bounds shown = list.localToScene(list.getLayoutBounds());
        for (String part : List.of("#item-1-up", "#item-1-sets", "#item-1-days", "#item-1-note")) {
            Node node = robot.lookup(part).query();
            Bounds at = node.localToScene(node.getLayoutBounds());
            assertThat(at.getMinY()).as(part + " below the list's top").isGreaterThanOrEqualTo(shown.getMinY());
            assertThat(at.getMaxY()).as(part + " above the list's bottom").isLessThanOrEqualTo(shown.getMaxY());
        }
        Node renew = robot.lookup("#" + KioskCodePane.NEW_ID).query();
        while (renew != null && renew.isVisible()) {
            renew = renew.getParent();
        }
        assertThat(renew).as("no code to renew yet: the button is not shown").isNotNull();
    }
}
