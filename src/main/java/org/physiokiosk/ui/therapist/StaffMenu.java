package org.physiokiosk.ui.therapist;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.i18n.Messages;

/** What staff can do on a locked kiosk once the PIN was right: build programs, change the PIN, quit, or go back. */
public final class StaffMenu implements Screen {

    public static final String BUILDER_ID = "staff-builder";
    public static final String CHANGE_PIN_ID = "staff-change-pin";
    public static final String QUIT_ID = "staff-quit";
    public static final String BACK_ID = "staff-back";

    /** What each choice does; the shell wires them. */
    public record Actions(Runnable builder, Runnable changePin, Runnable quit, Runnable back) {}

    private final VBox root = new VBox();

    public StaffMenu(Messages messages, Actions actions) {
        root.getStyleClass().addAll("pk-screen", TherapistStyle.PIN_SCREEN);
        root.setAlignment(Pos.CENTER);
        Label title = new Label(messages.get("staff.title"));
        title.getStyleClass().add("pk-title");
        root.getChildren()
                .addAll(
                        title,
                        button(messages.get("staff.builder"), BUILDER_ID, actions.builder()),
                        button(messages.get("staff.changePin"), CHANGE_PIN_ID, actions.changePin()),
                        button(messages.get("staff.quit"), QUIT_ID, actions.quit()),
                        button(messages.get("staff.back"), BACK_ID, actions.back()));
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().addAll("pk-big-button", TherapistStyle.STAFF_CHOICE);
        button.setOnAction(event -> action.run());
        return button;
    }

    @Override
    public Parent view() {
        return root;
    }

    @Override
    public void dispose() {
        // nothing held
    }
}
