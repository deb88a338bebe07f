package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;
import org.physiokiosk.testing.DeskWalk;
import org.physiokiosk.testing.TherapistDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The preview names characters the handout cannot print, where they were typed (decision 0038). */
@ExtendWith(ApplicationExtension.class)
class UnprintableNoticeWalkTest {

    @RegisterExtension
    final DeskWalk walk = new DeskWalk("unprintable");

    @Test
    void thePreviewSaysWhichCharactersWillNotPrintAndWhere(FxRobot robot) throws Exception {
        BuilderScreen screen = walk.showBuilder(1920, 1080, shown -> {});

        robot.interact(() -> screen.open(program("Goed zo", "Rustig aan 😀")));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> screen.previewIsIdle() && status(robot).contains("pagina"));
        assertThat(status(robot))
                .contains("Deze tekens kunnen niet worden afgedrukt")
                .contains("😀 in 'Opmerking voor de patiënt' bij oefening 2");

        robot.interact(() -> screen.open(program("Goed zo", "Rustig aan")));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> screen.previewIsIdle() && status(robot).contains("pagina"));
        assertThat(status(robot)).doesNotContain("Deze tekens");
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#" + PreviewPane.STATUS_ID).queryAs(Label.class).getText();
    }

    private static Program program(String... notes) {
        List<Exercise> exercises = new ContentLoader()
                .loadBundledAnd(Optional.empty()).catalog().exercises().values().stream()
                        .limit(notes.length)
                        .toList();
        List<ProgramItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < notes.length; i++) {
            items.add(new ProgramItem(exercises.get(i).id(), exercises.get(i).dose(), 7, notes[i]));
        }
        Program empty = Program.empty(TherapistDesk.today(), "nl");
        return new Program(
                Optional.empty(), 0, "Rug", Optional.empty(), "", empty.date(), Optional.empty(), "", "nl", items);
    }
}
