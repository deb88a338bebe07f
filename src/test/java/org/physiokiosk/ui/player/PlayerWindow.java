package org.physiokiosk.ui.player;

import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * A development aid, not a test: the real player in a real window on the real clock and sound, playing the
 * bundled exercises named as arguments (language first), to watch it run and screenshot it under Xvfb.
 */
public final class PlayerWindow {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            Theme.loadFonts();
            Catalog catalog =
                    new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
            List<PlannedExercise> plan = args.subList(1, args.size()).stream()
                    .map(id -> PlannedExercise.asWritten(catalog.exercise(id).orElseThrow()))
                    .toList();
            PlayerScreen screen = new PlayerScreen(
                    catalog.poses()::get,
                    plan,
                    new Messages(args.get(0)),
                    org.physiokiosk.figure.FigureStyle.standard(),
                    stage::close,
                    stage::close,
                    System::nanoTime);
            Scene scene = new Scene(screen.view(), 1920, 1080);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.setOnHidden(event -> screen.dispose());
            stage.show();
        }
    }
}
