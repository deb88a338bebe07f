package org.physiokiosk.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the content that ships with the app: inside the jar when packaged, in the build's classes folder
 * when run from the IDE or Maven. The system property {@code physiokiosk.content} points at another
 * folder instead, which is how the tests and content authors read the working copy of {@code content/}.
 */
public final class BundledContent {

    public static final String FOLDER_PROPERTY = "physiokiosk.content";
    private static final String MARKER = "/content/sources.json";

    private BundledContent() {}

    public static ContentRoot locate() {
        String override = System.getProperty(FOLDER_PROPERTY);
        if (override != null && !override.isBlank()) {
            return new ContentRoot(ContentRoot.Origin.BUNDLED, Path.of(override), "content/");
        }
        URL marker = BundledContent.class.getResource(MARKER);
        if (marker == null) {
            throw new IllegalStateException("the bundled content is missing from the class path (" + MARKER + ")");
        }
        try {
            URI uri = marker.toURI();
            Path sources = "jar".equals(uri.getScheme())
                    ? jarFileSystem(uri).provider().getPath(uri)
                    : Path.of(uri);
            return new ContentRoot(ContentRoot.Origin.BUNDLED, sources.getParent(), "content/");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read the bundled content at " + marker, e);
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
