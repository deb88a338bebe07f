package org.physiokiosk.ui.shell;

import java.util.Arrays;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.physiokiosk.kiosk.FirstSetup;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.setup.SetupScreen;
import org.physiokiosk.ui.theme.Theme;

/**
 * A kiosk started for the first time, with no PIN anywhere: before any patient screen it asks the clinic's
 * name and the therapists' PIN (a kiosk without a PIN could never be left or closed by staff). The window is
 * already locked down while it asks.
 */
final class FirstStart {

    private FirstStart() {}

    /** Shows the setup on {@code stage}; {@code onDone} runs on the FX thread once the PIN (and settings) are written. */
    static void show(
            Stage stage,
            Rectangle2D screen,
            Messages messages,
            String clinicName,
            FirstSetup setup,
            TaskRunner tasks,
            Runnable onDone) {
        Theme.loadFonts();
        Scene scene = new Scene(new StackPane(), screen.getWidth(), screen.getHeight());
        Theme.apply(scene);
        KioskLockdown[] lockdown = new KioskLockdown[1];
        SetupScreen form = new SetupScreen(
                messages,
                clinicName,
                tasks,
                (name, pin, repeat) -> {
                    try {
                        return setup.save(name, pin, repeat).map(messages::get);
                    } finally {
                        Arrays.fill(pin, '\0');
                        Arrays.fill(repeat, '\0');
                    }
                },
                () -> {
                    lockdown[0].release();
                    onDone.run();
                });
        setup.clinicNameInSettings().ifPresent(form::sayClinicNameAsSet);
        new Navigator(scene).show(() -> form);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        lockdown[0] = KioskLockdown.lock(stage, scene, screen);
        stage.show();
    }
}
