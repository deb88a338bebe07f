package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.program.Program;
import org.physiokiosk.testing.DeskWalk;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.TherapistDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk says one thing at a time (walk of 2026-11-30): a therapist who saved and then opened another program at
 * once saw "Programma opgeslagen" and "Programma geopend" stacked, and "Niet opgeslagen" beside "Programma geopend"
 * once they went on editing. The newest notice takes the place of the one still showing, and news about which
 * program is on the desk goes when it is changed.
 */
@ExtendWith(ApplicationExtension.class)
class OneNoticeWalkTest {

    @RegisterExtension
    final DeskWalk walk = new DeskWalk("one-notice");

    private BuilderScreen screen;

    private void open(FxRobot robot) throws Exception {
        open(robot, "Schouder");
    }

    private void open(FxRobot robot, String savedTitle) throws Exception {
        walk.desk().store().save(TherapistDesk.programOf(3, "nl").withTitle(savedTitle));
        Program onDesk = TherapistDesk.programOf(2, "nl");
        screen = walk.showBuilder(1280, 800, shown -> shown.open(onDesk));
        Finger.tap(robot, "#builder-tab-saved");
        @SuppressWarnings("unchecked")
        ListView<Object> saved = robot.lookup("#" + SavedProgramsPane.LIST_ID).queryAs(ListView.class);
        WaitForAsyncUtils.waitForFxEvents();
        Finger.tap(robot, robot.from(saved).lookup(".list-cell").nth(0).queryAs(Node.class));
    }

    @Test
    void theNewestNoticeTakesThePlaceOfTheOneShowing(FxRobot robot) throws Exception {
        open(robot);
        Finger.tap(robot, "#" + BuilderToolbar.SAVE_ID);
        assertThat(noticesShowing()).containsExactly("Programma opgeslagen");

        Finger.tap(robot, "#" + SavedProgramsPane.OPEN_ID);
        assertThat(screen.program().title()).isEqualTo("Schouder");
        assertThat(noticesShowing()).containsExactly("Programma geopend");
        assertThat(DeskFields.text(robot, Notices.STATUS_ID)).isEqualTo("Programma geopend");

        DeskFields.type(robot, ProgramDetailsPane.TITLE_ID, "Schouder links");
        assertThat(DeskFields.showing(robot, BuilderToolbar.UNSAVED_ID)).isTrue();
        assertThat(noticesShowing())
                .as("'Programma geopend' beside 'Niet opgeslagen' reads as a contradiction")
                .isEmpty();
        assertThat(DeskFields.text(robot, Notices.STATUS_ID)).isEmpty();
    }

    @Test
    void openingOverUnsavedWorkAsksFirstThenSaysOnlyThatItOpened(FxRobot robot) throws Exception {
        open(robot);
        DeskFields.type(robot, ProgramDetailsPane.TITLE_ID, "Rug, nog niet bewaard");

        walk.answer(false);
        Finger.tap(robot, "#" + SavedProgramsPane.OPEN_ID);
        assertThat(walk.questions())
                .as("the question says what a yes does, with the program picked")
                .singleElement()
                .asString()
                .startsWith("Dit programma heeft wijzigingen die niet zijn opgeslagen.")
                .contains("Toch \"Schouder\" openen?")
                .endsWith("Die wijzigingen gaan dan verloren.");
        assertThat(screen.program().title()).isEqualTo("Rug, nog niet bewaard");
        assertThat(noticesShowing()).isEmpty();

        walk.answer(true);
        Finger.tap(robot, "#" + SavedProgramsPane.OPEN_ID);
        assertThat(screen.program().title()).isEqualTo("Schouder");
        assertThat(DeskFields.showing(robot, BuilderToolbar.UNSAVED_ID)).isFalse();
        assertThat(noticesShowing()).containsExactly("Programma geopend");
    }

    @Test
    void aProgramWithoutATitleIsAskedAboutInWordsNotAsAQuotedTitle(FxRobot robot) throws Exception {
        open(robot, "");
        DeskFields.type(robot, ProgramDetailsPane.TITLE_ID, "Rug, nog niet bewaard");
        walk.answer(false);
        Finger.tap(robot, "#" + SavedProgramsPane.OPEN_ID);
        assertThat(walk.questions())
                .singleElement()
                .asString()
                .contains("Toch het programma zonder titel openen?")
                .doesNotContain("\"(zonder titel)\"");
    }

    /** The words of every desk notice popup showing now. */
    private static List<String> noticesShowing() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                        .filter(window -> window instanceof PopupWindow && window.isShowing())
                        .flatMap(popup -> popup.getScene().getRoot().lookupAll("." + BuilderStyle.NOTICE_TEXT).stream())
                        .map(label -> ((Label) label).getText())
                        .toList())
                .get();
    }
}
