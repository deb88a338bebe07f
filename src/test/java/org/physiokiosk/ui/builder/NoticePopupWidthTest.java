package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long piece of news pops up wrapped within the desk's window; seen at 1920x1080 under Xvfb running off the
 * screen's left edge as one line (ControlsFX sizes its popup to one line of text).
 */
@ExtendWith(ApplicationExtension.class)
class NoticePopupWidthTest {

    @Test
    void aLongNoticeWrapsWithinTheWindow() throws Exception {
        String news =
                "Bekken bewegen terwijl je staat staat er al in als oefening 1. De nieuwe is een herhaling; geef ze"
                        + " elk een eigen opmerking, bijvoorbeeld 's ochtends en 's avonds. Nog wat woorden om het lang te maken.";
        Stage desk = WaitForAsyncUtils.asyncFx(() -> {
                    Notices notices = new Notices();
                    Stage stage = new Stage();
                    stage.setScene(new Scene(new VBox(notices.view()), 1280, 800));
                    stage.setX(0);
                    stage.setY(0);
                    stage.show();
                    notices.info(news);
                    return stage;
                })
                .get();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !popups().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            for (Window popup : popups()) {
                assertThat(popup.getWidth()).isLessThanOrEqualTo(desk.getWidth());
                assertThat(popup.getX()).isGreaterThanOrEqualTo(desk.getX());
            }
            // The words are in the popup, not only its icon (showInformation() put the icon in their place: every
            // popup on the real desk was an empty box).
            assertThat(popups().stream()
                            .flatMap(popup -> popup.getScene().getRoot().lookupAll(".label").stream())
                            .filter(Node::isVisible)
                            .map(label -> ((Labeled) label).getText()))
                    .contains(news);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                        popups().forEach(Window::hide);
                        desk.close();
                    })
                    .get();
        }
    }

    private static List<Window> popups() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing())
                .toList();
    }
}
