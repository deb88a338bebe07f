package org.physiokiosk.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up baseline: a JavaFX window with one label, started plainly, printing the same marks as the kiosk
 * ({@code PK-MARK first-window}, {@code PK-MARK home-painted} at its first pulse). The suite starts it from the
 * same shaded jar as the kiosk ({@code java -cp physio-kiosk.jar:test-classes}), so both open the same jar.
 */
public final class BareWindow {

    private BareWindow() {}

    public static void main(String[] args) {
        // The main class must not extend Application, or the java launcher asks for JavaFX on the module path.
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("PhysioKiosk")), 1920, 1080);
            stage.setScene(scene);
            stage.show();
            System.out.println("PK-MARK first-window " + System.currentTimeMillis());
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                System.out.println("PK-MARK home-painted " + System.currentTimeMillis());
                System.out.flush();
                if (Boolean.getBoolean("physiokiosk.bench.exitAfterHome")) {
                    Platform.runLater(Platform::exit);
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        }
    }
}
