package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.program.FileProgramStore;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.program.ProgramStoreException;
import org.physiokiosk.testing.BuilderWindow;
import org.physiokiosk.testing.DeskWalk;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.TherapistDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * F26: saving into a folder that cannot be written says so in plain words inside the window, wrapped at
 * 1280x800, once however often Save is pressed; the program stays open and unsaved.
 */
@ExtendWith(ApplicationExtension.class)
class SaveFailureWalkTest {

    @RegisterExtension
    final DeskWalk walk = new DeskWalk("save-failure");

    private final Path folder = walk.folder();
    private BuilderWindow window;
    private BuilderScreen screen;

    private void open(String language) throws Exception {
        TherapistDesk desk = walk.desk().language(language).store(new ReadOnlyFolder(folder.resolve("programs")));
        Program draft = TherapistDesk.programOf(1, language).withTitle("").withPatient(Optional.of("Jan de Vries"));
        walk.showBuilder(1280, 800, shown -> shown.restoreUnsaved(draft));
        window = walk.window();
        screen = window.screen();
    }

    private void saveTwiceAndCheck(FxRobot robot, String expected) {
        Finger.tap(robot, "#" + BuilderToolbar.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        int windows = Window.getWindows().size();
        Finger.tap(robot, "#" + BuilderToolbar.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();

        String said = robot.lookup("#" + Notices.ALERT_TEXT_ID).queryLabeled().getText();
        assertThat(said).isEqualTo(expected).doesNotContain(".tmp", "Jan");
        assertThat(Window.getWindows()) // a news popup of the start may close meanwhile: never more
                .as("no second notice stacked")
                .hasSizeLessThanOrEqualTo(windows);
        assertThat(robot.lookup("#" + Notices.ALERT_ID).queryAll()).hasSize(1);
        Node alert = robot.lookup("#" + Notices.ALERT_TEXT_ID).query();
        Bounds onScene = alert.localToScene(alert.getLayoutBounds());
        assertThat(onScene.getMinX()).as("not cut at the left").isGreaterThanOrEqualTo(0);
        assertThat(onScene.getMaxX()).as("wrapped within the window").isLessThanOrEqualTo(1280);
        assertThat(screen.program().items()).as("the program stays open").hasSize(1);
        assertThat(robot.lookup("#" + BuilderToolbar.UNSAVED_ID).query().isVisible())
                .isTrue();

        Finger.tap(robot, "#" + Notices.ALERT_CLOSE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + Notices.ALERT_ID).query().isVisible()).isFalse();
    }

    @Test
    void aFolderThatCannotBeWrittenIsSaidPlainlyOnceInsideTheWindow(FxRobot robot) throws Exception {
        open("nl");
        saveTwiceAndCheck(
                robot,
                "De map " + folder.resolve("programs").toAbsolutePath()
                        + " kan niet worden beschreven. Vraag je beheerder om schrijfrechten."
                        + " Je programma staat nog open en is niet opgeslagen.");
    }

    @Test
    void inEnglishToo(FxRobot robot) throws Exception {
        open("en");
        saveTwiceAndCheck(
                robot,
                "The folder " + folder.resolve("programs").toAbsolutePath()
                        + " cannot be written to. Ask your administrator for write permission."
                        + " Your program is still open and not saved.");
    }

    /** A programs/ folder the desk's user may not write (chmod 555): fails as FileProgramStore does there. */
    private static final class ReadOnlyFolder implements ProgramStore {
        private final FileProgramStore files;

        ReadOnlyFolder(Path folder) {
            files = new FileProgramStore(folder);
        }

        @Override
        public Listing list() {
            return new Listing(List.of(), List.of());
        }

        @Override
        public Optional<Program> load(String id) {
            return Optional.empty();
        }

        @Override
        public Program save(Program program) throws ProgramStoreException {
            Path temp = files.folder().resolve(".1920182935363922804.tmp");
            AccessDeniedException denied = new AccessDeniedException(temp.toString());
            throw new ProgramStoreException(
                    "could not save " + files.folder().resolve("k7qm4xpr2a.json") + " (the previous version is kept): "
                            + denied,
                    denied);
        }

        @Override
        public void delete(String id) {}
    }
}
