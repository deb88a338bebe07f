package org.physiokiosk.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.LoadResult;
import picocli.CommandLine.Option;

/** The {@code --content DIR} option that every content command shares, and loading with it. */
public final class ContentFolderOption {

    @Option(
            names = "--content",
            paramLabel = "DIR",
            description = "A clinic content folder laid over the bundled content.")
    Path folder;

    LoadResult load() {
        return new ContentLoader().loadBundledAnd(Optional.ofNullable(folder));
    }

    /** With the option's folder when given, else {@code otherwise} (the settings file's, as the kiosk does). */
    LoadResult loadOr(Optional<Path> otherwise) {
        return new ContentLoader().loadBundledAnd(Optional.ofNullable(folder).or(() -> otherwise));
    }
}
