package org.physiokiosk.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every text a person reads in the bundled content, as its Dutch and English pair, read straight from the JSON
 * files so that no field can slip past a check because no record exposes it. Poses carry no patient text and
 * the source titles in {@code sources.json} are quoted on purpose, so both are left out.
 */
final class BundledTexts {

    /** One {@code {"nl": ..., "en": ...}} object: where it is, and its two texts ("" when missing). */
    record Pair(String where, String nl, String en) {}

    private BundledTexts() {}

    static List<Pair> all() {
        Path content = Path.of(System.getProperty(BundledContent.FOLDER_PROPERTY, "content"));
        List<Pair> pairs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String name = content.relativize(file).toString().replace('\\', '/');
                if (name.startsWith("poses/") || name.equals("sources.json")) {
                    continue;
                }
                collect(new ObjectMapper().readTree(file.toFile()), name + " $", pairs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs;
    }

    private static void collect(JsonNode node, String where, List<Pair> pairs) {
        if (node.isObject() && node.path("nl").isTextual()) {
            pairs.add(new Pair(where, node.get("nl").asText(), node.path("en").asText("")));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), where + "[" + i + "]", pairs);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), where + "." + field.getKey(), pairs);
            }
        }
    }
}
