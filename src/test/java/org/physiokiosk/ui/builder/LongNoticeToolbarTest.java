package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physiokiosk.testing.DeskWalk;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.LayoutChecks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long notice on a small clinic screen (walk of 2026-12-01 at 1366x768): the same exercise added twice says so in
 * the toolbar's status line, and beside the tools there was about 130 px left for it. It wrapped into sixteen lines
 * of a word or two, the toolbar grew to 350 px, and the program's fields went half off the screen. The toolbar
 * keeps its one row; a notice with no room in it goes on a line of its own under it, across the window.
 */
@ExtendWith(ApplicationExtension.class)
class LongNoticeToolbarTest {

    @RegisterExtension
    final DeskWalk walk = new DeskWalk("long-notice");

    @ParameterizedTest
    @CsvSource({"1366, 768, nl", "1366, 768, en", "1280, 800, nl", "1280, 800, en"})
    void theRepeatsHintLeavesTheToolbarOneRowAndReadsInFewLines(
            double width, double height, String language, FxRobot robot) throws Exception {
        walk.desk().language(language);
        walk.showBuilder(width, height, shown -> {});
        Node toolbar = robot.lookup("#" + BuilderToolbar.NEW_ID).query().getParent();
        double before = toolbar.getLayoutBounds().getHeight();

        robot.interact(() -> robot.lookup("#" + LibraryPane.LIST_ID)
                .queryAs(ListView.class)
                .getSelectionModel()
                .select(0));
        Finger.tap(robot, "#" + LibraryPane.ADD_ID);
        Finger.tap(robot, "#" + LibraryPane.ADD_ID);
        WaitForAsyncUtils.waitForFxEvents();

        Label status = robot.lookup("#" + Notices.STATUS_ID).queryAs(Label.class);
        assertThat(robot.lookup("#item-2-repeat").tryQuery())
                .as("the second is a repeat")
                .isPresent();
        Parent root = status.getScene().getRoot();
        robot.interact(() -> {
            root.applyCss();
            root.layout();
            root.layout();
        });
        assertThat(toolbar.getLayoutBounds().getHeight())
                .as(
                        "%s at %.0fx%.0f: the toolbar's height with the hint (without: %.0f)",
                        language, width, height, before)
                .isLessThanOrEqualTo(before + 0.5);
        Bounds shown = status.localToScene(status.getLayoutBounds());
        double line = status.getFont().getSize() * 1.5;
        assertThat(shown.getHeight())
                .as("%s at %.0fx%.0f: the hint '%s' in at most two lines", language, width, height, status.getText())
                .isLessThanOrEqualTo(2 * line + status.snappedTopInset() + status.snappedBottomInset());
        assertThat(status.isVisible()).isTrue();
        // On the FX thread, right after a layout: the preview's label may still change its words when its
        // background render ends, and a check from the test's thread then read the new words beside the old lines.
        robot.interact(() -> {
            root.applyCss();
            root.layout();
            LayoutChecks.assertNothingCutOrSpilling(root, width);
            LayoutChecks.assertWithinTheWindowHeight(root, height);
        });
    }

    /** A refusal's red bar says it across the window; the long notice's line under the toolbar does not stay as well. */
    @org.junit.jupiter.api.Test
    void aRefusalsBarTakesThePlaceOfTheLongNoticesLine(FxRobot robot) throws Exception {
        walk.showBuilder(1366, 768, shown -> {});
        robot.interact(() -> robot.lookup("#" + LibraryPane.LIST_ID)
                .queryAs(ListView.class)
                .getSelectionModel()
                .select(0));
        Finger.tap(robot, "#" + LibraryPane.ADD_ID);
        Finger.tap(robot, "#" + LibraryPane.ADD_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(DeskFields.showing(robot, BuilderToolbar.STATUS_LINE_ID))
                .as("the repeat's hint on its own line")
                .isTrue();

        DeskFields.type(robot, "item-1-sets", "veel");
        Finger.tap(robot, "#" + BuilderToolbar.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(DeskFields.showing(robot, Notices.ALERT_ID)).isTrue();
        assertThat(robot.lookup("#" + BuilderToolbar.STATUS_LINE_ID).query().isManaged())
                .as("an empty line above the red bar")
                .isFalse();
    }
}
