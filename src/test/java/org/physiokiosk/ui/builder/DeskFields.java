package org.physiokiosk.ui.builder;

import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the builder walks do with the desk's fields and labels, found by id. */
final class DeskFields {

    private DeskFields() {}

    /**
     * Puts the focus in the field and replaces its text, as typing over a selection does (key by key typing with
     * the robot takes seconds a field; the field reacts to its text, whichever way it came).
     */
    static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> {
            TextInputControl field = robot.lookup("#" + id).queryAs(TextInputControl.class);
            field.requestFocus();
            field.setText(text);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryLabeled().getText();
    }

    static boolean showing(FxRobot robot, String id) {
        return robot.lookup("#" + id).query().isVisible();
    }
}
