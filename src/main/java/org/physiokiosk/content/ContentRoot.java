package org.physiokiosk.content;

import java.nio.file.Path;

/**
 * A folder of content files: the bundled one, or a clinic's. {@code displayPrefix} is how problem lines
 * name its files, so a clinic sees the paths it knows.
 */
public record ContentRoot(Origin origin, Path folder, String displayPrefix) {

    public enum Origin {
        BUNDLED,
        CLINIC
    }

    public static ContentRoot clinic(Path folder) {
        return new ContentRoot(
                Origin.CLINIC, folder, folder.toString().endsWith("/") ? folder.toString() : folder + "/");
    }

    /** How a report names {@code file}: the prefix, then each name below the folder escaped, joined by '/'. */
    String display(Path file) {
        StringBuilder shown = new StringBuilder(displayPrefix);
        String separator = "";
        for (Path name : folder.relativize(file)) {
            shown.append(separator).append(InvisibleCharacters.escapeFileName(name.toString()));
            separator = "/";
        }
        return shown.toString();
    }
}
