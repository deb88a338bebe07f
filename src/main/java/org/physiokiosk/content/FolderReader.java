package org.physiokiosk.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.physiokiosk.content.ContentProblem.Severity;

/**
 * Reads one content folder file by file. A file that cannot be read, is not UTF-8, is too large, is not
 * JSON or has an error is skipped; in the files that list many items, only the bad item is skipped.
 */
final class FolderReader {

    static final int SCHEMA_VERSION = 1;
    private static final Set<String> KNOWN_ENTRIES = Set.of("sources.json", "red-flags.json", "advice.json",
            "conditions", "exercises", "programs", "poses");

    private final JsonFileReader jsonFiles;
    private final List<ContentProblem> problems;
    private final List<ContentFile> files = new ArrayList<>();

    FolderReader(ObjectMapper mapper, List<ContentProblem> problems) {
        this.jsonFiles = new JsonFileReader(mapper, problems);
        this.problems = problems;
    }

    /** Every file opened so far; their problems are collected once references are checked. */
    List<ContentFile> files() {
        return files;
    }

    FolderContent read(ContentRoot root) {
        FolderContent content = new FolderContent();
        if (!Files.isDirectory(root.folder())) {
            problems.add(new ContentProblem(root.displayPrefix(), 1, 1, Severity.ERROR, "content folder not found"));
            return content;
        }
        warnAboutStrayEntries(root);
        readList(root, root.folder().resolve("sources.json"), "sources", ListFileReaders::source, content.sources);
        readList(root, root.folder().resolve("red-flags.json"), "redFlags", ListFileReaders::redFlag, content.redFlags);
        readAdvice(root, content);
        readSingles(root, "exercises", ExerciseReader::read, Exercise::id, content.exercises);
        readSingles(root, "conditions", ConditionReader::read, Condition::id, content.conditions);
        readSingles(root, "programs", TemplateReader::read, ProgramTemplate::id, content.templates);
        for (Path poseFile : jsonFilesIn(root, "poses")) {
            readList(root, poseFile, "poses", PoseReader::read, content.poses);
        }
        return content;
    }

    private void readAdvice(ContentRoot root, FolderContent content) {
        Path path = root.folder().resolve("advice.json");
        if (!Files.exists(path)) {
            return;
        }
        JsonFields top = open(root, path);
        if (top == null) {
            return;
        }
        top.allowOnly("schemaVersion", "disclaimer", "advice");
        int before = top.errorCountOfFile();
        content.disclaimer = top.optionalText("disclaimer").filter(text -> top.errorCountOfFile() == before);
        addItems(top, "advice", ListFileReaders::advice, content.advice);
    }

    private <T> void readList(ContentRoot root, Path path, String field, Function<JsonFields, T> reader,
                              Map<String, Located<T>> into) {
        if (!Files.exists(path)) {
            return;
        }
        JsonFields top = open(root, path);
        if (top != null) {
            top.allowOnly("schemaVersion", field);
            addItems(top, field, reader, into);
        }
    }

    private <T> void addItems(JsonFields top, String field, Function<JsonFields, T> reader, Map<String, Located<T>> into) {
        for (JsonFields entry : top.objects(field, true)) {
            int before = top.errorCountOfFile();
            T item = reader.apply(entry);
            if (item != null && top.errorCountOfFile() == before) {
                put(into, idOf(entry), new Located<>(item, top.file(), entry.at()), entry);
            }
        }
    }

    private <T> void readSingles(ContentRoot root, String folder, Function<JsonFields, T> reader,
                                 Function<T, String> id, Map<String, Located<T>> into) {
        for (Path path : jsonFilesIn(root, folder)) {
            JsonFields top = open(root, path);
            if (top == null) {
                continue;
            }
            T item = reader.apply(top);
            if (item == null || top.file().hasErrors()) {
                continue;
            }
            String expectedName = id.apply(item) + ".json";
            if (!path.getFileName().toString().equals(expectedName)) {
                top.warning("id", "the file of '" + id.apply(item) + "' should be named " + expectedName);
            }
            put(into, id.apply(item), new Located<>(item, top.file(), top.at()), top);
        }
    }

    private <T> void put(Map<String, Located<T>> into, String id, Located<T> located, JsonFields where) {
        Located<T> earlier = into.get(id);
        if (earlier != null) {
            where.error("id", "duplicate id '" + id + "': already defined in " + earlier.file().name()
                    + "; this one is skipped");
            return;
        }
        into.put(id, located);
    }

    private static String idOf(JsonFields entry) {
        return entry.id();
    }

    /** Reads and parses one file and checks its schema version; null (with a problem recorded) when that fails. */
    private JsonFields open(ContentRoot root, Path path) {
        JsonFileReader.Parsed parsed = jsonFiles.read(path, root.display(path));
        if (parsed == null) {
            return null;
        }
        ContentFile file = parsed.file();
        files.add(file);
        if (!parsed.tree().isObject()) {
            file.error(JsonPath.ROOT, "a content file must hold one JSON object {...}");
            return null;
        }
        JsonFields top = new JsonFields(parsed.tree(), JsonPath.ROOT, file);
        Integer version = top.integer("schemaVersion", new IntRange(1, Integer.MAX_VALUE));
        if (version == null) {
            return null;
        }
        if (version > SCHEMA_VERSION) {
            top.error("schemaVersion", "written for schema version " + version + "; this PhysioKiosk reads version "
                    + SCHEMA_VERSION + ": update the app or rewrite the file");
            return null;
        }
        return top;
    }

    private void warnAboutStrayEntries(ContentRoot root) {
        try (Stream<Path> entries = Files.list(root.folder())) {
            entries.map(p -> p.getFileName().toString().replaceAll("/$", ""))
                    .filter(n -> !n.startsWith(".") && !KNOWN_ENTRIES.contains(n) && !n.toLowerCase(Locale.ROOT).startsWith("readme"))
                    .sorted()
                    .forEach(n -> problems.add(new ContentProblem(root.displayPrefix() + n, 1, 1, Severity.WARNING,
                            "not a content file or folder; ignored (expected " + String.join(", ", KNOWN_ENTRIES.stream().sorted().toList()) + ")")));
        } catch (IOException e) {
            problems.add(new ContentProblem(root.displayPrefix(), 1, 1, Severity.ERROR, "cannot list the folder: " + e.getMessage()));
        }
    }

    private List<Path> jsonFilesIn(ContentRoot root, String subfolder) {
        Path folder = root.folder().resolve(subfolder);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            problems.add(new ContentProblem(root.displayPrefix() + subfolder, 1, 1, Severity.ERROR,
                    "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }
}
