package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;
import org.physiokiosk.testing.DeskWalk;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.TherapistDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A saved program whose second exercise the content no longer holds (a clinic exercise removed since): the builder
 * keeps it, names it in the list, and preview, PDF and print say which exercise stands in the way (hostile walk
 * F16; before, the preview said only "could not be made" and the PDF would have blamed the folder).
 */
@ExtendWith(ApplicationExtension.class)
class MissingExerciseBuilderWalkTest {

    private static final String REMOVED = "clinic-removed-exercise";

    private final List<String> exportDialogs = new ArrayList<>();

    @RegisterExtension
    final DeskWalk walk = new DeskWalk("missing-exercise");

    @Test
    void previewPdfAndPrintNameTheExerciseTheLibraryNoLongerHolds(FxRobot robot) throws Exception {
        TherapistDesk desk = walk.desk().exportTo(name -> {
            exportDialogs.add(name);
            return Optional.empty();
        });
        Program whole = TherapistDesk.programOf(2, "nl");
        List<ProgramItem> items = new ArrayList<>(whole.items());
        ProgramItem second = items.get(1);
        items.set(1, new ProgramItem(REMOVED, second.dose(), second.daysPerWeek(), second.note()));
        Program program = new Program(
                whole.id(),
                whole.revision(),
                whole.title(),
                whole.patient(),
                whole.therapist(),
                whole.date(),
                whole.reviewDate(),
                whole.instructions(),
                whole.language(),
                items);
        walk.showBuilder(1920, 1080, shown -> shown.open(program));

        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> text(robot, PreviewPane.STATUS_ID).startsWith("Geen voorbeeld"));
        assertThat(text(robot, PreviewPane.STATUS_ID)).contains("oefening 2 ('" + REMOVED + "')");
        assertThat(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                        .map(javafx.scene.control.Label::getText))
                .contains("Niet meer in de bibliotheek: " + REMOVED);

        Finger.tap(robot, "#" + BuilderToolbar.EXPORT_ID);
        assertThat(text(robot, Notices.STATUS_ID)).startsWith("Geen PDF gemaakt: oefening 2 ('" + REMOVED + "')");
        assertThat(exportDialogs)
                .as("no file dialog for a handout that cannot be made")
                .isEmpty();

        Finger.tap(robot, "#" + BuilderToolbar.PRINT_ID);
        assertThat(text(robot, Notices.STATUS_ID)).startsWith("Niet afgedrukt: oefening 2 ('" + REMOVED + "')");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryLabeled().getText();
    }
}
