package org.physiokiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.MovableClock;
import org.physiokiosk.testing.TempFolders;
import org.physiokiosk.testing.TherapistDesk;
import org.physiokiosk.ui.builder.BuilderScreen;
import org.physiokiosk.ui.builder.BuilderServices;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.shell.Navigator;
import org.physiokiosk.ui.shell.TherapistFlow;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Work on the kiosk's builder that the idle reset takes away comes back at the next visit through the staff
 * door, as unsaved, within an hour; work closed on purpose does not (decision 0029).
 */
@ExtendWith(ApplicationExtension.class)
class TherapistDraftTest {

    /** The wall clock the builder's services read, moved by the test. */
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-29T10:00:00Z"));

    private Path folder;
    private Navigator navigator;
    private TherapistFlow therapist;
    private int backToPatients;

    @Start
    void start(Stage stage) {
        folder = TempFolders.create("therapist-draft");
        BuilderServices desk = TherapistDesk.in(folder).services();
        BuilderServices services = new BuilderServices(
                desk.catalog(),
                desk.store(),
                desk.clinicTemplates(),
                desk.handout(),
                desk.tasks(),
                desk.renders(),
                desk.exportTarget(),
                question -> true,
                clock,
                desk.previewDelay(),
                desk.codes());
        Scene scene = new Scene(new VBox(), 1280, 800);
        Theme.apply(scene);
        navigator = new Navigator(scene);
        therapist = new TherapistFlow(
                services, new Messages("nl"), navigator, Optional.empty(), "nl", Optional.of(() -> backToPatients++));
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void removeFolder() {
        TempFolders.remove(folder);
    }

    private static Program work() {
        String exercise =
                TherapistDesk.catalog().exercises().keySet().iterator().next();
        Program blank = Program.empty(LocalDate.of(2026, 11, 29), "nl");
        return blank.withTitle("Rug thuis")
                .withPatient(Optional.of("A. Jansen"))
                .withItems(List.of(new ProgramItem(
                        exercise,
                        TherapistDesk.catalog().exercise(exercise).orElseThrow().dose(),
                        7,
                        "")));
    }

    private BuilderScreen openBuilder() {
        WaitForAsyncUtils.asyncFx(therapist::showBuilder);
        WaitForAsyncUtils.waitForFxEvents();
        return (BuilderScreen) navigator.currentProperty().get();
    }

    /** What the idle reset does to the builder: another screen takes its place. */
    private void kioskStartsOver() {
        Screen start = () -> new StackPane();
        WaitForAsyncUtils.asyncFx(() -> navigator.show(() -> start));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean saysUnsaved(FxRobot robot) {
        return robot.lookup("#builder-unsaved").query().isVisible();
    }

    @Test
    void workTheResetTookComesBackUnsavedOnce(FxRobot robot) {
        BuilderScreen builder = openBuilder();
        WaitForAsyncUtils.asyncFx(() -> builder.open(work()));
        WaitForAsyncUtils.waitForFxEvents();

        kioskStartsOver();
        clock.advance(Duration.ofMinutes(50));
        BuilderScreen again = openBuilder();

        assertThat(again.program()).isEqualTo(work());
        assertThat(saysUnsaved(robot)).as("brought back as unsaved").isTrue();
        assertThat(robot.lookup("#builder-status").queryLabeled().getText()).contains("niet opgeslagen");

        kioskStartsOver();
        clock.advance(Duration.ofMinutes(5));
        assertThat(openBuilder().program())
                .as("kept again after the second reset")
                .isEqualTo(work());
    }

    @Test
    void workOlderThanAnHourIsNotBroughtBack(FxRobot robot) {
        BuilderScreen builder = openBuilder();
        WaitForAsyncUtils.asyncFx(() -> builder.open(work()));
        WaitForAsyncUtils.waitForFxEvents();

        kioskStartsOver();
        clock.advance(Duration.ofMinutes(61));

        assertThat(openBuilder().program().items()).isEmpty();
        assertThat(saysUnsaved(robot)).isFalse();
    }

    @Test
    void workClosedOnPurposeIsGone(FxRobot robot) {
        BuilderScreen builder = openBuilder();
        WaitForAsyncUtils.asyncFx(() -> builder.open(work()));
        WaitForAsyncUtils.waitForFxEvents();

        Finger.tap(robot, "#builder-leave");
        assertThat(backToPatients).as("closed").isEqualTo(1);

        assertThat(openBuilder().program().items()).isEmpty();
    }
}
