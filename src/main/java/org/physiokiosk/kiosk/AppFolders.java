package org.physiokiosk.kiosk;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the app keeps its settings and logs. Nothing about patients is ever written here.
 * Order: the {@code physiokiosk.home} system property, the {@code PHYSIOKIOSK_HOME} variable,
 * {@code $XDG_DATA_HOME/physiokiosk}, {@code %APPDATA%\PhysioKiosk}, then {@code ~/.local/share/physiokiosk}.
 */
public record AppFolders(Path home) {

    public static AppFolders fromEnvironment() {
        return resolve(
                System.getProperty("physiokiosk.home"), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static AppFolders resolve(String property, Map<String, String> environment, Path userHome) {
        if (property != null && !property.isBlank()) {
            return new AppFolders(Path.of(property));
        }
        String variable = environment.get("PHYSIOKIOSK_HOME");
        if (variable != null && !variable.isBlank()) {
            return new AppFolders(Path.of(variable));
        }
        String xdg = environment.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return new AppFolders(Path.of(xdg, "physiokiosk"));
        }
        String appData = environment.get("APPDATA");
        if (appData != null && !appData.isBlank()) {
            return new AppFolders(Path.of(appData, "PhysioKiosk"));
        }
        return new AppFolders(userHome.resolve(".local/share/physiokiosk"));
    }

    public Path settingsFile() {
        return home.resolve("settings.properties");
    }

    public Path logFolder() {
        return home.resolve("logs");
    }
}
