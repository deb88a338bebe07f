package org.physiokiosk.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Finds the content that ships with the app: inside the jar when packaged, in the build's classes folder
 * when run from the IDE or Maven. The system property {@code physiokiosk.content} points at another
 * folder instead, which is how the tests and content authors read the working copy of {@code content/}.
 *
 * <p>From a jar, each load reads a copy of the content's few files in a fresh temporary folder, removed when the
 * load is done: the loader's checks are written against a file system, and a zip file system over the jar costs
 * the start more than the copy does, because it indexes all of the jar's entries (decision 0054).
 */
public final class BundledContent {

    public static final String FOLDER_PROPERTY = "physiokiosk.content";
    private static final String MARKER = "/content/sources.json";
    private static final String PREFIX = "content/";
    private static final Logger LOG = Logger.getLogger(BundledContent.class.getName());

    private BundledContent() {}

    /** The bundled content as a folder for one load; close it when the load is done. */
    public record Folder(ContentRoot root, Path copy) implements AutoCloseable {

        @Override
        public void close() {
            if (copy != null) {
                removeQuietly(copy);
            }
        }
    }

    public static Folder open() {
        String override = System.getProperty(FOLDER_PROPERTY);
        if (override != null && !override.isBlank()) {
            return new Folder(bundled(Path.of(override)), null);
        }
        URL marker = BundledContent.class.getResource(MARKER);
        if (marker == null) {
            throw new IllegalStateException("the bundled content is missing from the class path (" + MARKER + ")");
        }
        return open(marker);
    }

    /** The folder that holds {@code marker}: a folder on disk, or a copy of a jar's {@code content/} entries. */
    static Folder open(URL marker) {
        try {
            URI uri = marker.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return new Folder(bundled(Path.of(uri).getParent()), null);
            }
            try {
                Path copy = copyOutOf(((JarURLConnection) marker.openConnection()).getJarFile());
                return new Folder(bundled(copy), copy);
            } catch (IOException | RuntimeException e) {
                // A full or read-only temporary folder: the jar is read through a zip file system instead.
                LOG.fine(() -> "bundled content read from the jar itself, no temporary copy (" + e + ")");
                return new Folder(
                        bundled(jarFileSystem(uri).provider().getPath(uri).getParent()), null);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read the bundled content at " + marker, e);
        }
    }

    private static ContentRoot bundled(Path folder) {
        return new ContentRoot(ContentRoot.Origin.BUNDLED, folder, PREFIX);
    }

    private static Path copyOutOf(JarFile jar) throws IOException {
        Path copy = Files.createTempDirectory("physiokiosk-content-");
        try {
            for (JarEntry entry : contentEntries(jar)) {
                Path target =
                        copy.resolve(entry.getName().substring(PREFIX.length())).normalize();
                if (!target.startsWith(copy)) {
                    throw new IOException("a content entry points outside its folder: " + entry.getName());
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
            return copy;
        } catch (IOException | RuntimeException e) {
            removeQuietly(copy);
            throw e;
        }
    }

    private static List<JarEntry> contentEntries(JarFile jar) {
        List<JarEntry> entries = new ArrayList<>();
        Enumeration<JarEntry> all = jar.entries();
        while (all.hasMoreElements()) {
            JarEntry entry = all.nextElement();
            if (entry.getName().startsWith(PREFIX) && !entry.isDirectory()) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static void removeQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.fine(() -> "a temporary copy of the bundled content was not removed: " + folder + " (" + e + ")");
        }
    }

    private static FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the jar that holds the bundled content", e);
        }
    }
}
