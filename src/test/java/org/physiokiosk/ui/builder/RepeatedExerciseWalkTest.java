package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.handout.HandoutRenderer;
import org.physiokiosk.handout.HandoutSettings;
import org.physiokiosk.program.KioskProgram;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.testing.DeskWalk;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.TherapistDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The same exercise added twice may be meant (the same stretch morning and evening, each with its own note): the
 * builder takes it, says so calmly and marks the second as a repeat; the saved program, the handout and what the
 * kiosk gets for its code keep both.
 */
@ExtendWith(ApplicationExtension.class)
class RepeatedExerciseWalkTest {

    @RegisterExtension
    final DeskWalk walk = new DeskWalk("repeat");

    private static void setNote(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup("#" + id).queryAs(TextField.class).setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSecondIsMarkedAsARepeatWithACalmHintAndTheHandoutAndKioskKeepBoth(FxRobot robot) throws Exception {
        TherapistDesk desk = walk.desk();
        ProgramStore store = desk.store();
        walk.showBuilder(1280, 800, shown -> {});
        robot.interact(() -> robot.lookup("#" + LibraryPane.LIST_ID)
                .queryAs(ListView.class)
                .getSelectionModel()
                .select(0));
        Finger.tap(robot, "#" + LibraryPane.ADD_ID);
        String status = robot.lookup("#" + Notices.STATUS_ID).queryLabeled().getText();
        assertThat(robot.lookup("#item-1-repeat").tryQuery())
                .as("the first is no repeat")
                .isEmpty();

        Finger.tap(robot, "#" + LibraryPane.ADD_ID);
        WaitForAsyncUtils.waitForFxEvents();
        List<ProgramItem> items = walk.window().screen().program().items();
        assertThat(items).hasSize(2);
        assertThat(items.get(1).exercise()).isEqualTo(items.get(0).exercise());
        assertThat(robot.lookup("#item-2-repeat").queryLabeled().getText()).isEqualTo("herhaling van 1");
        assertThat(robot.lookup("#item-2-repeat").query().isVisible()).isTrue();
        assertThat(robot.lookup("#" + Notices.STATUS_ID).queryLabeled().getText())
                .as("a calm hint in the status line: no popup over the search, no refusal")
                .isNotEqualTo(status)
                .contains("staat er al in als oefening 1", "herhaling");
        assertThat(robot.lookup("#" + Notices.ALERT_ID).query().isVisible()).isFalse();

        setNote(robot, "item-1-note", "'s Ochtends, na het opstaan");
        setNote(robot, "item-2-note", "'s Avonds, voor het slapen");
        Finger.tap(robot, "#" + BuilderToolbar.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        Program saved = store.load(store.list().programs().get(0).id()).orElseThrow();
        assertThat(saved.items())
                .extracting(ProgramItem::note)
                .containsExactly("'s Ochtends, na het opstaan", "'s Avonds, voor het slapen");

        assertThat(KioskProgram.of(saved).items())
                .as("what the kiosk gets for the code")
                .hasSize(2);
        byte[] pdf = new HandoutRenderer(TherapistDesk.catalog(), new HandoutSettings("Fysio Test", "")).toBytes(saved);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("'s Ochtends, na het opstaan", "'s Avonds, voor het slapen");
        }
    }
}
