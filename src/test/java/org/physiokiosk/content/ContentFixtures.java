package org.physiokiosk.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The test content folders under src/test/resources/content-fixtures, copied where a test may change them. */
public final class ContentFixtures {

    public static final Path FIXTURES = Path.of("src/test/resources/content-fixtures");

    private ContentFixtures() {}

    /** A small, valid folder standing in for the bundled content. */
    public static ContentRoot base() {
        return new ContentRoot(ContentRoot.Origin.BUNDLED, FIXTURES.resolve("base"), "base/");
    }

    public static ContentRoot clinic(Path folder) {
        return new ContentRoot(ContentRoot.Origin.CLINIC, folder, "clinic/");
    }

    public static Path copy(String fixture, Path target) {
        Path source = FIXTURES.resolve(fixture);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
