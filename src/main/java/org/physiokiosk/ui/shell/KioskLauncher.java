package org.physiokiosk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import org.physiokiosk.kiosk.LaunchOptions;

/** Starts the JavaFX application with the command line's options, passed as named parameters. */
public final class KioskLauncher {

    private KioskLauncher() {
    }

    public static void launch(LaunchOptions options) {
        List<String> parameters = new ArrayList<>();
        parameters.add("--kiosk=" + options.kiosk());
        parameters.add("--therapist=" + options.therapist());
        options.contentFolder().ifPresent(folder -> parameters.add("--content=" + folder.toAbsolutePath()));
        options.language().ifPresent(language -> parameters.add("--lang=" + language));
        Application.launch(App.class, parameters.toArray(String[]::new));
    }
}
