package org.physiokiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.testing.LayoutChecks;
import org.physiokiosk.testing.TempFolders;
import org.physiokiosk.testing.TherapistDesk;
import org.physiokiosk.ui.builder.BuilderScreen;
import org.physiokiosk.ui.concurrent.BackgroundTaskRunner;
import org.physiokiosk.ui.shell.Navigator;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The builder at the window sizes it meets: the kiosk's own 1280x800 screen (staff open it there with the long press
 * and the PIN), a laptop's 1366x768 and a desk's 1920x1080. Nothing a therapist reads may be cut short with "…":
 * not the kiosk-code box above the form, not the tabs over the library.
 */
class BuilderLayoutTest {

    private static Path folder;
    private static BackgroundTaskRunner tasks;
    private static BackgroundTaskRunner renders;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        folder = TempFolders.create("builder-layout");
        tasks = new BackgroundTaskRunner("layout-tasks");
        renders = new BackgroundTaskRunner("layout-renders"); // previews still pending when a size is done end here
    }

    @AfterAll
    static void removeFolder() {
        tasks.close();
        renders.close();
        TempFolders.remove(folder);
    }

    @ParameterizedTest
    @CsvSource({"1280, 800, nl", "1280, 800, en", "1366, 768, nl", "1920, 1080, nl"})
    void nothingATherapistReadsIsCutShort(double width, double height, String language) throws Exception {
        Stage stage =
                WaitForAsyncUtils.asyncFx(() -> open(width, height, language)).get(30, TimeUnit.SECONDS);
        Scene scene = stage.getScene();
        onFx(() -> {
            check(scene, width);
            assertNoDetailOverlaps(scene, width);
            @SuppressWarnings("unchecked")
            ListView<Exercise> library = (ListView<Exercise>) scene.lookup("#builder-library");
            for (int i = 0; i < 3; i++) { // a program with a few exercises squeezes the form above them
                library.getSelectionModel().select(i);
                ((Button) scene.lookup("#builder-add")).fire();
            }
            check(scene, width);
            TabPane tabs = (TabPane) scene.lookup(".tab-pane");
            for (int tab = 0; tab < tabs.getTabs().size(); tab++) {
                tabs.getSelectionModel().select(tab);
                check(scene, width);
            }
            Node overflow = tabs.lookup(".control-buttons-tab"); // JavaFX shows it when the tab names do not fit
            assertThat(overflow != null && overflow.isVisible())
                    .as("the tabs' names fit their column at %.0f wide (no ▾ list)", width)
                    .isFalse();
            stage.close();
        });
    }

    private static Stage open(double width, double height, String language) {
        Theme.loadFonts(); // as the app does: the fallback font is wider, and would fail what the real one passes
        Stage stage = new Stage();
        Navigator navigator = TherapistDesk.in(folder.resolve(language + (int) width))
                .language(language)
                .workers(tasks, renders)
                .open(stage, width, height, Optional.empty(), Optional.empty());
        assertThat(navigator.currentProperty().get()).isInstanceOf(BuilderScreen.class);
        return stage;
    }

    /** The program's details: no caption under a field beside it (the date pickers never shrink), all inside the column. */
    private static void assertNoDetailOverlaps(Scene scene, double width) {
        javafx.scene.layout.Region details =
                (javafx.scene.layout.Region) scene.lookup("#builder-date").getParent();
        double right = details.localToScene(details.getLayoutBounds()).getMaxX();
        List<Node> parts = details.getChildrenUnmodifiable().stream()
                .filter(Node::isVisible)
                .toList();
        for (Node part : parts) {
            javafx.geometry.Bounds bounds = part.localToScene(part.getLayoutBounds());
            assertThat(bounds.getMaxX())
                    .as("%s stays inside the details at %.0f wide", part.getId(), width)
                    .isLessThanOrEqualTo(right + 1);
            for (Node other : parts) {
                if (other != part) {
                    javafx.geometry.Bounds them = other.localToScene(other.getLayoutBounds());
                    assertThat(bounds.getMaxX() <= them.getMinX() + 1
                                    || them.getMaxX() <= bounds.getMinX() + 1
                                    || bounds.getMaxY() <= them.getMinY() + 1
                                    || them.getMaxY() <= bounds.getMinY() + 1)
                            .as("%s and %s overlap at %.0f wide: %s, %s", part, other, width, bounds, them)
                            .isTrue();
                }
            }
        }
    }

    private static void check(Scene scene, double width) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        scene.getRoot().layout();
        LayoutChecks.assertNothingCutOrSpilling(scene.getRoot(), width);
    }

    private static void onFx(Runnable walk) throws Exception {
        WaitForAsyncUtils.asyncFx(walk).get(30, TimeUnit.SECONDS);
    }
}
