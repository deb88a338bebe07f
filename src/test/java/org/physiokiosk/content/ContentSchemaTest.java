package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas in docs/schemas/ (what an editor uses for completion and inline errors) agree with the
 * loader: the bundled content matches them, and every object in a schema names exactly the fields the reader
 * asks for. {@code validate} stays the authority; the schemas only help while typing.
 */
class ContentSchemaTest {

    private static final Path SCHEMAS = Path.of("docs/schemas");
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Skeletons that lead each reader into every nested object it reads. */
    private static final Map<String, String> SKELETONS = Map.of(
            "exercise", "{\"steps\": [{}], \"dose\": {\"reps\": {}, \"holdSeconds\": {}, \"timesPerDay\": {}}}",
            "condition", "{}",
            "program", "{\"items\": [{\"dose\": {\"reps\": {}, \"holdSeconds\": {}, \"timesPerDay\": {}}}]}",
            "red-flags", "{\"redFlags\": [{}]}",
            "advice", "{\"advice\": [{}]}",
            "sources", "{\"sources\": [{}]}",
            "poses", "{\"poses\": [{\"angles\": {}}]}");

    static String kindOf(Path relative) {
        String first = relative.getName(0).toString();
        return switch (first) {
            case "exercises" -> "exercise";
            case "conditions" -> "condition";
            case "programs" -> "program";
            case "poses" -> "poses";
            default -> first.replace(".json", "");
        };
    }

    private static Schema schema(String kind) throws IOException {
        return REGISTRY.getSchema(Files.readString(SCHEMAS.resolve(kind + ".schema.json")));
    }

    @Test
    void theBundledContentMatchesTheSchemas() throws IOException {
        Path content = Path.of(System.getProperty(BundledContent.FOLDER_PROPERTY));
        List<String> errors = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Path relative = content.relativize(file);
                for (Error error : schema(kindOf(relative)).validate(MAPPER.readTree(file.toFile()))) {
                    errors.add(relative + " " + error.getInstanceLocation() + ": " + error.getMessage());
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(30);
        assertThat(errors).isEmpty();
    }

    @Test
    void aSchemaRejectsWhatTheLoaderRejects() throws IOException {
        Schema exercise = schema("exercise");
        String good = ContentMessagesTest.EXERCISE;
        assertThat(exercise.validate(MAPPER.readTree(good))).isEmpty();
        assertThat(exercise.validate(MAPPER.readTree(good.replace("\"id\": \"ex\"", "\"id\": \"e--x\""))))
                .isNotEmpty();
        assertThat(exercise.validate(MAPPER.readTree(good.replace("\"category\"", "\"setts\": 3, \"category\""))))
                .isNotEmpty();
        assertThat(exercise.validate(MAPPER.readTree(good.replace("\"en\": \"Sit.\"", "\"en\": \"Sit \u202Edown.\""))))
                .isNotEmpty();
        assertThat(exercise.validate(
                        MAPPER.readTree(good.replace("{\"nl\": \"Titel\", \"en\": \"Title\"}", "{\"en\": \"Title\"}"))))
                .isNotEmpty();
        assertThat(exercise.validate(MAPPER.readTree(good.replace(
                        "\"schemaVersion\": 1",
                        "\"$schema\": \"../schemas/exercise.schema.json\"," + " \"schemaVersion\": 1"))))
                .as("a $schema key is allowed")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"exercise", "condition", "program", "red-flags", "advice", "sources", "poses"})
    void eachObjectInTheSchemaNamesExactlyTheFieldsTheReaderReads(String kind) throws IOException {
        JsonNode schema = MAPPER.readTree(SCHEMAS.resolve(kind + ".schema.json").toFile());
        Map<String, Set<String>> read = fieldsRead(kind);
        assertThat(read).isNotEmpty();
        Map<String, Set<String>> inSchema = new TreeMap<>();
        for (String path : read.keySet()) {
            inSchema.put(path, propertiesAt(schema, path));
        }
        assertThat(inSchema).isEqualTo(read);
    }

    /** Runs the reader of {@code kind} over its skeleton and collects, per path, the fields it asked for. */
    private static Map<String, Set<String>> fieldsRead(String kind) throws IOException {
        JsonNode skeleton = MAPPER.readTree(SKELETONS.get(kind));
        JsonFields top = new JsonFields(skeleton, JsonPath.ROOT, new ContentFile(kind, skeleton.toString()));
        FolderReader.readHeader(top);
        switch (kind) {
            case "exercise" -> ExerciseReader.read(top);
            case "condition" -> ConditionReader.read(top);
            case "program" -> TemplateReader.read(top);
            case "red-flags" -> top.objects("redFlags", true).forEach(ListFileReaders::redFlag);
            case "advice" -> FolderReader.readAdviceFields(top, ListFileReaders::advice);
            case "sources" -> top.objects("sources", true).forEach(ListFileReaders::source);
            case "poses" -> top.objects("poses", true).forEach(PoseReader::read);
            default -> throw new IllegalArgumentException(kind);
        }
        Map<String, Set<String>> byPath = new TreeMap<>();
        collect(top, byPath);
        return byPath;
    }

    private static void collect(JsonFields fields, Map<String, Set<String>> byPath) {
        String path = fields.at().toString().replaceAll("/\\d+", "/*");
        byPath.computeIfAbsent(path, p -> new TreeSet<>()).addAll(fields.fieldsRead());
        fields.children().forEach(child -> collect(child, byPath));
    }

    /** The property names of the object schema at {@code path} ("/steps/*"), following $ref, items and oneOf. */
    private static Set<String> propertiesAt(JsonNode root, String path) {
        JsonNode node = resolve(root, root);
        for (String step : path.isEmpty() ? new String[0] : path.substring(1).split("/")) {
            node = resolve(
                    root,
                    step.equals("*")
                            ? node.get("items")
                            : node.get("properties").get(step));
        }
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.get("properties").fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        while (node.has("$ref") || node.has("oneOf") && !node.has("properties")) {
            if (node.has("$ref")) {
                node = root.at(node.get("$ref").asText().substring(1));
            } else {
                JsonNode objectBranch = null;
                for (JsonNode branch : node.get("oneOf")) {
                    if (branch.has("properties")) {
                        objectBranch = branch;
                    }
                }
                node = objectBranch;
            }
        }
        return node;
    }
}
