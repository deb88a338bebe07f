package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.DatePicker;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.testing.DeskWalk;
import org.physiokiosk.testing.TherapistDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A name typed into the date field by a hurried click one row too low (seen on the real desk: "Anne de Vries" as the
 * program's date) is not a date: leaving the field shows the program's date again, as the handout prints it, instead
 * of keeping words the program does not hold.
 */
@ExtendWith(ApplicationExtension.class)
class UnreadableDateWalkTest {

    @RegisterExtension
    final DeskWalk walk = new DeskWalk("unreadable-date");

    @Test
    void wordsInADateFieldMakeWayForTheProgramsDateWhenTheFieldIsLeft(FxRobot robot) throws Exception {
        BuilderScreen screen = walk.showBuilder(1280, 800, shown -> shown.open(TherapistDesk.programOf(1, "nl")));
        for (String id : new String[] {ProgramDetailsPane.DATE_ID, ProgramDetailsPane.REVIEW_ID}) {
            robot.interact(() -> {
                TextInputControl editor =
                        robot.lookup("#" + id).queryAs(DatePicker.class).getEditor();
                editor.requestFocus();
                editor.setText("Anne de Vries");
                robot.lookup("#" + ProgramDetailsPane.TITLE_ID).query().requestFocus();
            });
            WaitForAsyncUtils.waitForFxEvents();
            DatePicker picker = robot.lookup("#" + id).queryAs(DatePicker.class);
            String expected = picker.getValue() == null ? "" : "29-11-2026";
            assertThat(picker.getEditor().getText()).as(id).isEqualTo(expected);
        }
        assertThat(screen.program().date()).isEqualTo(TherapistDesk.today());
        assertThat(screen.program().reviewDate()).isEmpty();
    }
}
