package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the save dialog first opens: never the folder the app happened to be started in. */
class ExportTargetTest {

    @Test
    void theDocumentsFolderWhenThereIsOne(@TempDir Path home) throws IOException {
        Path documents = Files.createDirectory(home.resolve("Documents"));

        assertThat(ExportTarget.firstFolder(home)).isEqualTo(documents);
    }

    @Test
    void aDutchDesktopsDocumentsFolder(@TempDir Path home) throws IOException {
        Path documenten = Files.createDirectory(home.resolve("Documenten"));

        assertThat(ExportTarget.firstFolder(home)).isEqualTo(documenten);
    }

    @Test
    void elseTheHomeFolder(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve("Documents"), "a file, not a folder");

        assertThat(ExportTarget.firstFolder(home)).isEqualTo(home);
    }
}
