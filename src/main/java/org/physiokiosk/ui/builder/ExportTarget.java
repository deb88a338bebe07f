package org.physiokiosk.ui.builder;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.physiokiosk.ui.i18n.Messages;

/** Asks where an exported handout goes; tests answer with a temp file instead of a dialog. */
@FunctionalInterface
public interface ExportTarget {

    Optional<Path> choose(String suggestedName);

    /**
     * The system's save dialog, starting in the last folder used, at first in the therapist's documents folder
     * (the dialog's own start is the folder the app was started in, where a handout does not belong).
     */
    static ExportTarget fileChooser(Supplier<Window> owner, Messages messages) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("builder.export.dialogTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialDirectory(
                firstFolder(Path.of(System.getProperty("user.home"))).toFile());
        return suggestedName -> {
            chooser.setInitialFileName(suggestedName);
            File file = chooser.showSaveDialog(owner.get());
            if (file == null) {
                return Optional.empty();
            }
            if (file.getParentFile() != null) {
                chooser.setInitialDirectory(file.getParentFile());
            }
            Path path = file.toPath();
            return Optional.of(
                    path.getFileName()
                                    .toString()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .endsWith(".pdf")
                            ? path
                            : path.resolveSibling(path.getFileName() + ".pdf"));
        };
    }

    /** The user's documents folder as Windows and English or Dutch desktops name it, else the home folder. */
    static Path firstFolder(Path home) {
        for (String documents : new String[] {"Documents", "Documenten"}) {
            Path folder = home.resolve(documents);
            if (Files.isDirectory(folder)) {
                return folder;
            }
        }
        return home;
    }
}
