package org.physiokiosk.testing;

import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.physiokiosk.ui.builder.BuilderScreen;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A builder screen alone in a window of its own (no PIN, no flow around it), as {@link TherapistDesk#showBuilder}
 * opens it; {@link #close} disposes the screen and closes the window, so no test leaves one behind.
 */
public final class BuilderWindow implements AutoCloseable {

    private final BuilderScreen screen;
    private final Stage stage;

    private BuilderWindow(BuilderScreen screen, Stage stage) {
        this.screen = screen;
        this.stage = stage;
    }

    /** Shows the screen with the app's fonts and theme, then hands it to {@code then} (on the FX thread). */
    static BuilderWindow show(
            TherapistDesk desk, String language, double width, double height, Consumer<BuilderScreen> then)
            throws Exception {
        BuilderWindow window = WaitForAsyncUtils.asyncFx(() -> {
                    Theme.loadFonts(); // as the app does: the fallback font is wider
                    BuilderScreen screen =
                            new BuilderScreen(desk.services(), new Messages(language), language, () -> {});
                    Stage stage = new Stage();
                    Scene scene = new Scene(screen.view(), width, height);
                    Theme.apply(scene);
                    stage.setScene(scene);
                    stage.show();
                    then.accept(screen);
                    return new BuilderWindow(screen, stage);
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    public BuilderScreen screen() {
        return screen;
    }

    public Stage stage() {
        return stage;
    }

    /** Disposes the screen and closes its window; waits until both are done. */
    @Override
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    screen.dispose();
                    stage.close();
                })
                .get();
    }
}
