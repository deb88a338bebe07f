package org.physiokiosk.cli;

import java.nio.file.Path;

/** Points {@code physiokiosk.home} at a test's own data folder and puts the previous value back afterwards. */
final class DataFolderProperty {

    private static final String NAME = "physiokiosk.home";

    private final String previous;

    private DataFolderProperty(String previous) {
        this.previous = previous;
    }

    static DataFolderProperty set(Path home) {
        DataFolderProperty saved = new DataFolderProperty(System.getProperty(NAME));
        System.setProperty(NAME, home.toString());
        return saved;
    }

    void restore() {
        if (previous == null) {
            System.clearProperty(NAME);
        } else {
            System.setProperty(NAME, previous);
        }
    }
}
