package org.physiokiosk.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.physiokiosk.content.ContentProblem.Severity;

/**
 * What a content folder and its subfolders hold, sorted, and a warning for every entry that will not be read (a
 * wrong-case {@code .JSON}, a subfolder, a file where a folder belongs), at most {@link
 * ContentLoader#MAX_PROBLEMS_PER_FILE} a folder and then one line counting the rest. Split from {@link
 * FolderReader}, which reads the files listed here.
 */
final class FolderListing {

    private final List<ContentProblem> problems;
    private final Map<Path, Integer> ignoredIn = new HashMap<>();
    private final Map<Path, Path> realFolders = new HashMap<>();

    FolderListing(List<ContentProblem> problems) {
        this.problems = problems;
    }

    /** Warns about every entry of the folder itself that is not a content file or folder. */
    void warnAboutStrayEntries(ContentRoot root) {
        for (Named named : list(root, root.folder())) {
            Path entry = named.path();
            String name = named.name();
            if (name.startsWith(".")
                    || name.toLowerCase(Locale.ROOT).startsWith("readme")
                    || name.equals(FolderReader.SCHEMAS_FOLDER) && Files.isDirectory(entry)) {
                continue;
            }
            if (FolderReader.LIST_FILES.contains(name)) {
                if (Files.isDirectory(entry)) {
                    ignored(root, entry, "a folder where the file " + name + " belongs");
                }
            } else if (FolderReader.FOLDERS.contains(name)) {
                if (!Files.isDirectory(entry)) {
                    ignored(root, entry, "a file where the folder " + name + "/ belongs");
                }
            } else {
                ignored(
                        root,
                        entry,
                        "not a content file or folder (expected "
                                + String.join(
                                        ", ",
                                        Stream.concat(FolderReader.LIST_FILES.stream(), FolderReader.FOLDERS.stream())
                                                .sorted()
                                                .toList())
                                + ")");
            }
        }
        countIgnoredBeyondLimit(root, root.folder());
    }

    /**
     * A listed file, its name, and what one stat said of it (null when the stat failed: reading it will say why).
     */
    record Listed(Path path, String name, BasicFileAttributes attributes) {}

    /** An entry and its name, taken once. */
    private record Named(Path path, String name) {}

    /**
     * The {@code .json} files of a subfolder, sorted; every other entry is warned about and left alone. Each
     * entry is stat'ed once, here, and the file reader uses the same answer.
     */
    List<Listed> jsonFilesIn(ContentRoot root, String subfolder) {
        Path folder = root.folder().resolve(subfolder);
        if (!Files.isDirectory(folder) || !staysInside(root, folder)) {
            return List.of();
        }
        List<Listed> json = new ArrayList<>();
        for (Named named : list(root, folder)) {
            Path entry = named.path();
            String name = named.name();
            if (name.startsWith(".")) {
                continue;
            }
            // One lstat an entry; only a link costs a second stat (of its target) and the check where it points.
            BasicFileAttributes own = ownAttributesOf(entry);
            boolean link = own != null && own.isSymbolicLink();
            BasicFileAttributes attributes = link ? attributesOf(entry) : own;
            if (attributes != null && attributes.isDirectory()) {
                ignored(root, entry, "a folder inside " + subfolder + "/; subfolders are not read");
            } else if (!name.endsWith(".json")) {
                ignored(
                        root,
                        entry,
                        name.toLowerCase(Locale.ROOT).endsWith(".json")
                                ? "only names ending in lower case .json are read"
                                : "not a .json file");
            } else if (!link || pointsInside(root, entry)) {
                json.add(new Listed(entry, name, attributes));
            }
        }
        countIgnoredBeyondLimit(root, folder);
        return json;
    }

    /**
     * Whether {@code entry} may be read: not when it is a symbolic link whose target lies outside the content
     * folder (an error, and the target is never opened: {@code exercises/link.json -> /etc/passwd} was read and
     * its first word quoted in the report). A link within the folder is read; a link to nothing is left to the
     * reader, which says it cannot be read. Only links are resolved, so a folder without any costs one check per
     * entry.
     */
    boolean staysInside(ContentRoot root, Path entry) {
        return !Files.isSymbolicLink(entry) || pointsInside(root, entry);
    }

    /** {@link #staysInside} for an entry already known to be a link. */
    private boolean pointsInside(ContentRoot root, Path entry) {
        try {
            if (entry.toRealPath().startsWith(realFolder(root))) {
                return true;
            }
        } catch (IOException e) {
            return true; // nothing there to read: the reader's "cannot read" says so without opening anything
        }
        problems.add(new ContentProblem(
                root.display(entry), 1, 1, Severity.ERROR, "is a link to outside the content folder; not read"));
        return false;
    }

    private Path realFolder(ContentRoot root) throws IOException {
        Path real = realFolders.get(root.folder());
        if (real == null) {
            real = root.folder().toRealPath(); // the folder itself may be a link (e.g. to a share); its target counts
            realFolders.put(root.folder(), real);
        }
        return real;
    }

    /** What the entry itself is (a link is a link), or null when the stat failed. */
    private static BasicFileAttributes ownAttributesOf(Path entry) {
        try {
            return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /** As {@code Files.isDirectory} looks: following a link, and null where it would answer false for an error. */
    private static BasicFileAttributes attributesOf(Path entry) {
        try {
            return Files.readAttributes(entry, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private void ignored(ContentRoot root, Path entry, String why) {
        int count = ignoredIn.merge(entry.getParent(), 1, Integer::sum);
        if (count <= ContentLoader.MAX_PROBLEMS_PER_FILE) {
            problems.add(new ContentProblem(root.display(entry), 1, 1, Severity.WARNING, why + "; ignored"));
        }
    }

    /** One line for the ignored entries of a folder past the limit, so a folder of junk cannot flood the report. */
    private void countIgnoredBeyondLimit(ContentRoot root, Path folder) {
        int beyond = ignoredIn.getOrDefault(folder, 0) - ContentLoader.MAX_PROBLEMS_PER_FILE;
        if (beyond > 0) {
            problems.add(new ContentProblem(
                    root.display(folder),
                    1,
                    1,
                    Severity.WARNING,
                    String.format(Locale.ROOT, "… and %,d more ignored entries in this folder", beyond)));
        }
    }

    private List<Named> list(ContentRoot root, Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return sorted(
                    entries.map(entry -> new Named(entry, entry.getFileName().toString()))
                            .toArray(Named[]::new));
        } catch (IOException e) {
            problems.add(new ContentProblem(
                    root.display(folder), 1, 1, Severity.ERROR, "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }

    /**
     * The entries of one folder in the order of their paths, which decides which of two same-id files is the
     * earlier one. Paths compare their bytes from the root on; the entries of one folder differ only in their
     * names, and names in ASCII sort as strings exactly as their bytes do, so those are compared by name alone
     * (whole paths, compared from the root, were a third of listing a folder of a thousand files). Any other
     * name, whose bytes and string may sort apart, sends the folder the paths' way.
     */
    private static List<Named> sorted(Named[] entries) {
        boolean ascii = true;
        for (Named entry : entries) {
            ascii &= isAscii(entry.name());
        }
        Arrays.sort(entries, ascii ? BY_NAME : BY_PATH);
        return Arrays.asList(entries);
    }

    private static final Comparator<Named> BY_NAME = Comparator.comparing(Named::name);
    private static final Comparator<Named> BY_PATH = Comparator.comparing(Named::path);

    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
