package org.physiokiosk.content;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.physiokiosk.content.ContentProblem.Severity;
import org.physiokiosk.figure.Pose;

/**
 * Reads one content folder file by file. A file that cannot be read, is not UTF-8, is too large, is not
 * JSON or has an error is skipped; in the files that list many items, only the bad item is skipped. Every
 * entry that is not read (a wrong-case {@code .JSON}, a subfolder, a file where a folder belongs) is warned
 * about, so nothing a clinic adds is ignored without a word.
 */
final class FolderReader {

    static final int SCHEMA_VERSION = 1;
    private static final IntRange SCHEMA_VERSIONS = new IntRange(1, Integer.MAX_VALUE);
    static final List<String> LIST_FILES = List.of("sources.json", "red-flags.json", "advice.json");
    static final List<String> FOLDERS = List.of("conditions", "exercises", "programs", "poses");
    /** Not content, and not warned about: a copy of docs/schemas/ that the files' "$schema" keys point at. */
    static final String SCHEMAS_FOLDER = "schemas";

    private final JsonFileReader jsonFiles;
    private final List<ContentProblem> problems;
    private final List<ContentFile> files = new ArrayList<>();
    private final FolderListing listing;

    FolderReader(List<ContentProblem> problems) {
        this.jsonFiles = new JsonFileReader(problems);
        this.problems = problems;
        this.listing = new FolderListing(problems);
    }

    /** Every file opened so far; their problems are collected once references are checked. */
    List<ContentFile> files() {
        return files;
    }

    FolderContent read(ContentRoot root) {
        FolderContent content = new FolderContent();
        if (!Files.isDirectory(root.folder())) {
            problems.add(new ContentProblem(
                    root.displayPrefix(),
                    1,
                    1,
                    Severity.ERROR,
                    Files.exists(root.folder())
                            ? "a file, not a folder: give the content folder (the one holding exercises/)"
                            : "content folder not found"));
            return content;
        }
        listing.warnAboutStrayEntries(root);
        DuplicateIds.Duplicates duplicates = new DuplicateIds.Duplicates();
        readList(root, "sources.json", "sources", ListFileReaders::source, duplicates.of(content.sources));
        readList(root, "red-flags.json", "redFlags", ListFileReaders::redFlag, duplicates.of(content.redFlags));
        readAdvice(root, content, duplicates.of(content.advice));
        readSingles(
                root,
                "exercises",
                fields -> content.noteNames(ExerciseReader.read(fields)),
                Exercise::id,
                duplicates.of(content.exercises));
        readSingles(root, "conditions", ConditionReader::read, Condition::id, duplicates.of(content.conditions));
        readSingles(root, "programs", TemplateReader::read, ProgramTemplate::id, duplicates.of(content.templates));
        DuplicateIds.Items<Pose> poses = duplicates.of(content.poses);
        for (FolderListing.Listed poseFile : listing.jsonFilesIn(root, "poses")) {
            readList(root, root.folder().relativize(poseFile.path()).toString(), "poses", PoseReader::read, poses);
        }
        duplicates.dropAll();
        return content;
    }

    private void readAdvice(ContentRoot root, FolderContent content, DuplicateIds.Items<Advice> into) {
        JsonFields top = openIfPresent(root, "advice.json");
        if (top == null) {
            return;
        }
        content.disclaimer = readAdviceFields(top, entry -> addItem(top, entry, ListFileReaders::advice, into));
        top.reportUnread();
    }

    private <T> void readList(
            ContentRoot root, String name, String field, Function<JsonFields, T> reader, DuplicateIds.Items<T> into) {
        JsonFields top = openIfPresent(root, name);
        if (top != null) {
            addItems(top, field, reader, into);
        }
    }

    private <T> void addItems(
            JsonFields top, String field, Function<JsonFields, T> reader, DuplicateIds.Items<T> into) {
        for (JsonFields entry : top.objects(field, true)) {
            addItem(top, entry, reader, into);
        }
        top.reportUnread();
    }

    private <T> void addItem(
            JsonFields top, JsonFields entry, Function<JsonFields, T> reader, DuplicateIds.Items<T> into) {
        int before = top.errorCountOfFile();
        T item = reader.apply(entry);
        entry.reportUnread();
        if (item != null && top.errorCountOfFile() == before) {
            into.put(entry.id(), new Located<>(item, top.file(), entry.at()));
        }
    }

    private <T> void readSingles(
            ContentRoot root,
            String folder,
            Function<JsonFields, T> reader,
            Function<T, String> id,
            DuplicateIds.Items<T> into) {
        for (FolderListing.Listed entry : listing.jsonFilesIn(root, folder)) {
            Path path = entry.path();
            JsonFields top = open(root, path, entry.attributes());
            if (top == null) {
                continue;
            }
            T item = reader.apply(top);
            top.reportUnread();
            if (item == null || top.file().hasErrors()) {
                continue;
            }
            if (!isNamedFor(entry.name(), id.apply(item))) {
                top.warning("id", "the file of '" + id.apply(item) + "' should be named " + id.apply(item) + ".json");
            }
            into.put(id.apply(item), new Located<>(item, top.file(), top.at()));
        }
    }

    /** Whether {@code name} is {@code id + ".json"}, asked without making that name for every file. */
    private static boolean isNamedFor(String name, String id) {
        return name.length() == id.length() + ".json".length() && name.startsWith(id) && name.endsWith(".json");
    }

    private JsonFields openIfPresent(ContentRoot root, String name) {
        Path path = root.folder().resolve(name);
        // A folder of that name is warned about with the other stray entries.
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(path)
                        && listing.staysInside(root, path)
                ? open(root, path, null)
                : null;
    }

    /**
     * Reads and parses one file and checks its schema version; null (with a problem recorded) when that fails.
     * The {@code "$schema"} key, which lets an editor find the file's JSON Schema, is read and otherwise ignored.
     */
    private JsonFields open(ContentRoot root, Path path, BasicFileAttributes attributes) {
        JsonFileReader.Parsed parsed = jsonFiles.read(root, path, attributes);
        if (parsed == null) {
            return null;
        }
        ContentFile file = parsed.file();
        files.add(file);
        if (!(parsed.tree() instanceof JsonObject object)) {
            file.error(JsonPath.ROOT, "a content file must hold one JSON object {...}");
            return null;
        }
        JsonFields top = new JsonFields(object, JsonPath.ROOT, file);
        return readHeader(top) ? top : null;
    }

    /** The fields every file starts with; false (with a problem recorded) when the file cannot be read further. */
    static boolean readHeader(JsonFields top) {
        top.optionalString("$schema");
        Integer version = top.integer("schemaVersion", SCHEMA_VERSIONS);
        if (version == null) {
            return false;
        }
        if (version > SCHEMA_VERSION) {
            top.error(
                    "schemaVersion",
                    "written for schema version " + version + "; this PhysioKiosk reads version " + SCHEMA_VERSION
                            + ": update the app or rewrite the file");
            return false;
        }
        return true;
    }

    /** What {@code advice.json} holds besides its header: the disclaimer and the advice items. */
    static Optional<LocalizedText> readAdviceFields(JsonFields top, Consumer<JsonFields> eachAdvice) {
        int before = top.errorCountOfFile();
        Optional<LocalizedText> disclaimer =
                top.optionalText("disclaimer").filter(text -> top.errorCountOfFile() == before);
        top.objects("advice", true).forEach(eachAdvice);
        return disclaimer;
    }
}
