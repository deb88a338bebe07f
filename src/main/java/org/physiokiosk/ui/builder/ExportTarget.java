package org.physiokiosk.ui.builder;

import java.io.File;
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

    /** The system's save dialog, starting in the last folder used. */
    static ExportTarget fileChooser(Supplier<Window> owner, Messages messages) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("builder.export.dialogTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
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
}
