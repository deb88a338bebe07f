package org.physiokiosk.content;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged kiosk reads its bundled content from a copy of the jar's {@code content/} entries (decision 0054):
 * the copy holds exactly those files, byte for byte, is gone once the load is done, and a jar whose entries would
 * leave the copy's folder is read in place instead of writing anywhere else.
 */
class BundledContentFromJarTest {

    private static final Map<String, String> CONTENT = Map.of(
            "content/sources.json", "{\"sources\": []}",
            "content/exercises/a.json", "{\"id\": \"a\"}",
            "content/poses/extra/b.json", "{\"poses\": []}");

    @TempDir
    Path work;

    @Test
    void theCopyHoldsTheContentEntriesAndNothingElse() throws IOException {
        Path jar = jar(Map.of("org/physiokiosk/Other.class", "not content", "contents.txt", "not content either"));

        try (BundledContent.Folder folder = BundledContent.open(marker(jar))) {
            Path copy = folder.root().folder();
            assertThat(copy.getFileSystem()).isEqualTo(work.getFileSystem());
            assertThat(filesIn(copy))
                    .containsExactlyInAnyOrder("sources.json", "exercises/a.json", "poses/extra/b.json");
            assertThat(Files.readString(copy.resolve("exercises/a.json"))).isEqualTo("{\"id\": \"a\"}");
            assertThat(folder.root().displayPrefix()).isEqualTo("content/");
        }
    }

    @Test
    void theCopyIsRemovedWhenTheLoadIsDone() throws IOException {
        Path copy;
        try (BundledContent.Folder folder = BundledContent.open(marker(jar(Map.of())))) {
            copy = folder.root().folder();
            assertThat(copy).isDirectory();
        }
        assertThat(copy).doesNotExist();
    }

    @Test
    void anEntryThatWouldLeaveTheCopyIsNeverWritten() throws IOException {
        Path outside = Path.of(System.getProperty("java.io.tmpdir"), "escaped-" + work.getFileName() + ".json");
        URL marker = marker(jar(Map.of("content/../" + outside.getFileName(), "{}")));

        // The zip file system refuses such a jar too, so the load says so instead of reading a partial copy.
        assertThatThrownBy(() -> BundledContent.open(marker).close()).hasMessageContaining("bundled content");
        assertThat(outside).doesNotExist();
    }

    @Test
    void theBundledContentOfTheBuildLoadsTheSameFromAJar() throws IOException {
        Path folder = Path.of(System.getProperty(BundledContent.FOLDER_PROPERTY, "content"));
        Map<String, String> entries = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                entries.put("content/" + folder.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        Path jar = work.resolve("bundled.jar");
        write(jar, entries);

        LoadResult fromFolder = new ContentLoader().load(List.of(ContentRoot.clinic(folder)));
        LoadResult fromJar;
        try (BundledContent.Folder copy = BundledContent.open(marker(jar))) {
            fromJar = new ContentLoader().load(List.of(copy.root()));
        }

        assertThat(fromJar.problems()).isEmpty();
        assertThat(fromJar.catalog().exercises().keySet())
                .isNotEmpty()
                .isEqualTo(fromFolder.catalog().exercises().keySet());
        assertThat(fromJar.catalog().poses().keySet())
                .isEqualTo(fromFolder.catalog().poses().keySet());
    }

    private Path jar(Map<String, String> others) throws IOException {
        Map<String, String> entries = new java.util.TreeMap<>(CONTENT);
        entries.putAll(others);
        Path jar = Files.createTempFile(work, "kiosk", ".jar");
        write(jar, entries);
        return jar;
    }

    private static void write(Path jar, Map<String, String> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(UTF_8));
                out.closeEntry();
            }
        }
    }

    private static URL marker(Path jar) throws IOException {
        return new URL("jar:" + jar.toUri() + "!/content/sources.json");
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> folder.relativize(f).toString())
                    .toList();
        }
    }
}
