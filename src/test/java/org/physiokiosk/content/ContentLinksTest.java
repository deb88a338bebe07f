package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader never reads outside a clinic's content folder through a symbolic link (finding F33: a link to
 * /etc/passwd was read and its first word quoted); links inside the folder, and a folder that is itself a link,
 * load as before.
 */
class ContentLinksTest {

    private static final String OUTSIDE = "is a link to outside the content folder; not read";

    @TempDir
    Path temp;

    @Test
    void linksLeadingOutAreErrorsAndNeverReadWhileTheRestLoads() throws IOException {
        Path clinic = ContentFixtures.copy("base", temp.resolve("clinic"));
        Path secret = Files.writeString(temp.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Path elsewhere = ContentFixtures.copy("base", temp.resolve("elsewhere"));
        Files.createSymbolicLink(clinic.resolve("exercises/passwd.json"), secret);
        // a list file, and a whole subfolder, leading out (to valid content: it is still not read)
        Files.delete(clinic.resolve("red-flags.json"));
        Files.createSymbolicLink(clinic.resolve("red-flags.json"), elsewhere.resolve("red-flags.json"));
        deleteFolder(clinic.resolve("programs"));
        Files.createSymbolicLink(clinic.resolve("programs"), elsewhere.resolve("programs"));
        // a link inside the folder is read: bridge.json points at a hidden file beside it
        Files.move(clinic.resolve("exercises/bridge.json"), clinic.resolve("exercises/.bridge-real"));
        Files.createSymbolicLink(clinic.resolve("exercises/bridge.json"), Path.of(".bridge-real"));

        LoadResult result = new ContentLoader().load(List.of(ContentFixtures.clinic(clinic)));

        List<String> lines =
                result.problems().stream().map(ContentProblem::format).toList();
        assertThat(lines)
                .contains(
                        "clinic/exercises/passwd.json:1:1: error: " + OUTSIDE,
                        "clinic/red-flags.json:1:1: error: " + OUTSIDE,
                        "clinic/programs:1:1: error: " + OUTSIDE);
        assertThat(lines).noneMatch(line -> line.contains("root") || line.contains("Unrecognized token"));
        assertThat(result.catalog().exercises()).containsOnlyKeys("bridge");
        assertThat(result.catalog().redFlags()).as("not read through the link").isEmpty();
        assertThat(result.catalog().templates()).as("not read through the link").isEmpty();
    }

    @Test
    void aContentFolderThatIsItselfALinkLoadsAsBefore() throws IOException {
        Path real = ContentFixtures.copy("base", temp.resolve("real"));
        Path linked = Files.createSymbolicLink(temp.resolve("linked"), real);
        Files.createSymbolicLink(real.resolve("exercises/bridge-too.json"), real.resolve("exercises/bridge.json"));

        LoadResult viaLink = new ContentLoader().load(List.of(ContentFixtures.clinic(linked)));

        assertThat(viaLink.problems()).map(ContentProblem::format).noneMatch(line -> line.contains(OUTSIDE));
        assertThat(viaLink.catalog().redFlags()).isNotEmpty();
        assertThat(viaLink.catalog().poses()).isNotEmpty();
        assertThat(viaLink.problems())
                .map(ContentProblem::format)
                .as("the inside link was read (its id is a duplicate of the file it points at)")
                .anyMatch(line -> line.startsWith("clinic/exercises/bridge-too.json") && line.contains("duplicate id"));
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
