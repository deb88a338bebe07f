package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.testing.BuilderWindow;
import org.physiokiosk.testing.DeskWalk;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.TherapistDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A free text has a cap the therapist sees coming (TextLimits): a quiet count near it, a marked field past it,
 * save refused with the reason, and nothing typed is cut. A file saved with a longer text still opens whole.
 */
@ExtendWith(ApplicationExtension.class)
class LongTextWalkTest {

    @RegisterExtension
    final DeskWalk walk = new DeskWalk("long-text");

    private final Path folder = walk.folder();
    private ProgramStore store;
    private BuilderWindow window;

    private BuilderWindow open(Program program) throws Exception {
        TherapistDesk desk = walk.desk().language(program.language());
        store = desk.store();
        walk.showBuilder(1280, 800, shown -> shown.open(program));
        window = walk.window();
        return window;
    }

    private static boolean marked(FxRobot robot, String id) {
        return robot.lookup("#" + id).query().getStyleClass().contains(BuilderStyle.TOO_LONG);
    }

    @Test
    void aNoteCountsNearItsCapIsMarkedPastItAndSaveWaitsWithoutCuttingIt(FxRobot robot) throws Exception {
        open(TherapistDesk.programOf(2, "nl"));
        String count = "item-1-note" + LengthCounter.COUNT_SUFFIX;
        DeskFields.type(robot, "item-1-note", "a".repeat(200));
        assertThat(DeskFields.showing(robot, count)).as("quiet while short").isFalse();

        DeskFields.type(robot, "item-1-note", "a".repeat(250));
        assertThat(DeskFields.showing(robot, count)).isTrue();
        assertThat(DeskFields.text(robot, count)).isEqualTo("250 / 300");
        assertThat(marked(robot, "item-1-note")).isFalse();

        String tooLong = "Rustig. ".repeat(51) + "Stop bij pijn."; // 422 characters
        DeskFields.type(robot, "item-1-note", tooLong);
        assertThat(DeskFields.text(robot, count)).isEqualTo("422 / 300: te lang voor de handout");
        assertThat(marked(robot, "item-1-note")).isTrue();
        assertThat(window.screen().program().items().get(0).note())
                .as("nothing typed is lost")
                .isEqualTo(tooLong);

        DeskFields.type(
                robot,
                ProgramDetailsPane.TITLE_ID,
                "Oefeningen voor de eerste weken na de opflakkering, ochtend en avond, rustig".repeat(2));
        javafx.scene.control.Labeled titleCount = robot.lookup(
                        "#" + ProgramDetailsPane.TITLE_ID + LengthCounter.COUNT_SUFFIX)
                .queryLabeled();
        assertThat(((javafx.scene.text.Text) titleCount.lookup(".text")).getText())
                .as("the count is read whole in the 1280-wide desk's narrow column, not cut with …")
                .isEqualTo(titleCount.getText())
                .endsWith("te lang voor de handout");
        DeskFields.type(robot, ProgramDetailsPane.TITLE_ID, "Rug, week 1");

        Finger.tap(robot, "#" + BuilderToolbar.SAVE_ID);
        assertThat(DeskFields.text(robot, Notices.ALERT_TEXT_ID))
                .isEqualTo("Niet opgeslagen. Maak eerst korter: de opmerking bij oefening 1 (422 tekens, hooguit 300)."
                        + " Je tekst blijft staan.");
        assertThat(store.list().programs()).as("nothing saved").isEmpty();
        assertThat(robot.lookup("#item-1-note").queryAs(TextInputControl.class).getText())
                .isEqualTo(tooLong);

        DeskFields.type(robot, "item-1-note", "b".repeat(300));
        assertThat(marked(robot, "item-1-note")).isFalse();
        assertThat(DeskFields.showing(robot, Notices.ALERT_ID))
                .as("the refusal is no longer true")
                .isFalse();
        Finger.tap(robot, "#" + BuilderToolbar.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.list().programs()).hasSize(1);
    }

    @Test
    void aFileWithLongerTextsOpensWholeSaysWhatIsTooLongAndMarksIt(FxRobot robot) throws Exception {
        Program shortOne = TherapistDesk.programOf(2, "en");
        ProgramItem first = shortOne.items().get(0);
        String note = "n".repeat(400);
        String instructions = "i".repeat(700);
        Program longer = shortOne.withInstructions(instructions)
                .withItems(List.of(
                        new ProgramItem(first.exercise(), first.dose(), first.daysPerWeek(), note),
                        shortOne.items().get(1)));
        TherapistDesk.in(folder).store().save(longer); // as an older version or another desk saved it
        Program stored = TherapistDesk.in(folder)
                .store()
                .load(TherapistDesk.in(folder).store().list().programs().get(0).id())
                .orElseThrow();

        open(stored);
        assertThat(window.screen().program()).as("opened whole").isEqualTo(stored);
        assertThat(robot.lookup("#" + ProgramDetailsPane.INSTRUCTIONS_ID)
                        .queryAs(TextInputControl.class)
                        .getText())
                .isEqualTo(instructions);
        assertThat(DeskFields.text(robot, Notices.ALERT_TEXT_ID))
                .isEqualTo(
                        "Program opened. Longer than fits the handout well: the general instructions (700 characters,"
                                + " at most 600) (and 1 more text). Shorten it before you save.");
        assertThat(marked(robot, ProgramDetailsPane.INSTRUCTIONS_ID)).isTrue();
        assertThat(marked(robot, "item-1-note")).isTrue();
        assertThat(DeskFields.text(robot, "item-1-note" + LengthCounter.COUNT_SUFFIX))
                .isEqualTo("400 / 300: too long for the handout");
    }
}
