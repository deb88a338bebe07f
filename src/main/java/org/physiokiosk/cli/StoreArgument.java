package org.physiokiosk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.physiokiosk.program.FileCodeIndex;
import org.physiokiosk.program.postgres.PostgresAddress;

/**
 * A STORE as typed for {@code programs export|import}, checked before anything is copied. A source that is not a
 * data folder used to read as an empty store: a typo, a file, {@code mysql://...} or the programs/ folder itself
 * all said "0 copied, 0 problem(s)" with exit code 0, and the clinic believed its programs were moved.
 */
final class StoreArgument {

    private StoreArgument() {}

    /** Why {@code store} cannot be copied from (when {@code source}) or into; empty when it can. */
    static Optional<String> problem(String store, boolean source) {
        if (PostgresAddress.isPostgres(store)) {
            return Optional.empty();
        }
        if (store.isBlank() || store.contains("://")) {
            return Optional.of("'" + store + "' is neither a data folder nor a postgresql://host:5432/db address");
        }
        Path folder = Path.of(store);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return Optional.of(store + " is a file, not a data folder");
        }
        if (!source) {
            return Optional.empty();
        }
        if (!Files.isDirectory(folder)) {
            return Optional.of("no such data folder " + store);
        }
        if (Files.isDirectory(folder.resolve("programs")) || Files.exists(folder.resolve(FileCodeIndex.FILE_NAME))) {
            return Optional.empty();
        }
        if (holdsJsonFiles(folder)) {
            Path parent = folder.toAbsolutePath().normalize().getParent();
            return Optional.of(store + " holds program files itself; give the data folder that holds programs/"
                    + (parent == null ? "" : " (here " + parent + ")"));
        }
        return Optional.of(store + " has no programs/ folder, so it is not a PhysioKiosk data folder;"
                + " nothing would be copied");
    }

    private static boolean holdsJsonFiles(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.anyMatch(p -> p.getFileName().toString().endsWith(".json"));
        } catch (IOException e) {
            return false;
        }
    }
}
