package org.physiokiosk.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the fields of one JSON object and reports every problem to its file instead of stopping at the
 * first, so a clinic sees all that is wrong with a file in one run. A getter whose field is wrong returns
 * {@code null} or an empty value; the caller builds nothing when the file has errors.
 *
 * <p>Every field a reader asks for is remembered. Once the reader is done, {@link #reportUnread()} reports each
 * field of the file that no reader asked for as unknown: the list of known fields is the reads themselves, so
 * it cannot drift from what the code uses (a typo such as {@code "setts"} never vanishes silently).
 */
final class JsonFields {

    private final JsonNode node;
    private final JsonPath at;
    private final ContentFile file;
    // Small lists, made only when needed: a file has hundreds of these objects, each reading a handful of fields.
    private final List<String> read = new ArrayList<>(8);
    private List<String> nullReported = List.of();
    private List<JsonFields> children = List.of();
    private boolean unreadReported;

    JsonFields(JsonNode node, JsonPath at, ContentFile file) {
        this.node = node;
        this.at = at;
        this.file = file;
    }

    JsonPath at() {
        return at;
    }

    JsonPath at(String field) {
        return at.property(field);
    }

    public void error(String field, String message) {
        file.error(at(field), message);
    }

    /** A problem with this object as a whole, reported where it starts. */
    public void errorHere(String message) {
        file.error(at, message);
    }

    public void warning(String field, String message) {
        file.warning(at(field), message);
    }

    /** The names of the fields asked for so far, in the order first asked. */
    Set<String> fieldsRead() {
        return new LinkedHashSet<>(read);
    }

    /** The objects read inside this one (entries of lists, nested objects), in the order read. */
    List<JsonFields> children() {
        return children;
    }

    /**
     * Reports every field of this object, and of the objects read inside it, that no reader asked for. Each
     * object is checked once, however often this is called.
     */
    void reportUnread() {
        if (!unreadReported) {
            unreadReported = true;
            String expected = null;
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!read.contains(name)) {
                    if (expected == null) {
                        expected = String.join(", ", new TreeSet<>(read));
                    }
                    file.error(at(name), "unknown field '" + name + "'; expected one of: " + expected);
                }
            }
        }
        for (JsonFields child : children) {
            child.reportUnread();
        }
    }

    public String id() {
        String id = string("id");
        if (id != null && !Ids.isId(id)) {
            error("id", "id '" + id + "' " + Ids.RULE);
            return null;
        }
        return id;
    }

    public String string(String field) {
        JsonNode value = require(field);
        return value == null ? null : stringIn(value, field);
    }

    public Optional<String> optionalString(String field) {
        return present(field) ? Optional.ofNullable(stringIn(node.get(field), field)) : Optional.empty();
    }

    private String stringIn(JsonNode value, String field) {
        if (!value.isTextual() || value.asText().isBlank()) {
            error(field, "'" + field + "' must be a non-empty text");
            return null;
        }
        String text = value.asText();
        int invisible = InvisibleCharacters.find(text);
        if (invisible >= 0) {
            error(
                    field,
                    "'" + field + "' contains an invisible or control character "
                            + InvisibleCharacters.describe(text, invisible) + " at character " + (invisible + 1)
                            + "; remove it");
            return null;
        }
        return text;
    }

    public LocalizedText text(String field) {
        JsonNode value = require(field);
        return value == null ? null : LocalizedTextReader.read(value, at(field), file);
    }

    public Optional<LocalizedText> optionalText(String field) {
        return present(field)
                ? Optional.ofNullable(LocalizedTextReader.read(node.get(field), at(field), file))
                : Optional.empty();
    }

    /** A list of texts; an absent optional list is empty. */
    public List<LocalizedText> textList(String field, boolean required) {
        List<LocalizedText> texts = new ArrayList<>();
        forEachElement(field, required, 1, (element, pointer) -> {
            LocalizedText text = LocalizedTextReader.read(element, pointer, file);
            if (text != null) {
                texts.add(text);
            }
        });
        return texts;
    }

    /** A list of ids, each checked for form; whether they exist is checked once everything is loaded. */
    public List<String> idList(String field, boolean required) {
        List<String> ids = new ArrayList<>();
        forEachElement(field, required, 1, (element, pointer) -> {
            if (element.isTextual() && Ids.isId(element.asText())) {
                ids.add(element.asText());
            } else {
                file.error(pointer, "'" + field + "' must list ids, found " + element + ": an id " + Ids.RULE);
            }
        });
        return ids;
    }

    public Integer integer(String field, IntRange limit) {
        JsonNode value = require(field);
        return value == null ? null : integerIn(value, at(field), field, limit);
    }

    public int optionalInteger(String field, int absent, IntRange limit) {
        if (!present(field)) {
            return absent;
        }
        Integer value = integerIn(node.get(field), at(field), field, limit);
        return value == null ? absent : value;
    }

    /** A whole number or {@code {"min": a, "max": b}}. */
    public IntRange range(String field, IntRange limit) {
        JsonNode value = require(field);
        if (value == null) {
            return null;
        }
        if (value.isObject()) {
            JsonFields range = child(value, at(field));
            Integer min = range.integer("min", limit);
            Integer max = range.integer("max", limit);
            if (min == null || max == null) {
                return null;
            }
            if (min > max) {
                error(field, "'" + field + "' runs backwards: min " + min + " is more than max " + max);
                return null;
            }
            return new IntRange(min, max);
        }
        Integer single = integerIn(value, at(field), field, limit);
        return single == null ? null : IntRange.exactly(single);
    }

    public boolean flag(String field) {
        if (!present(field)) {
            return false;
        }
        JsonNode value = node.get(field);
        if (!value.isBoolean()) {
            error(field, "'" + field + "' must be true or false, found " + value);
            return false;
        }
        return value.booleanValue();
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        JsonNode value = require(field);
        return value == null ? null : choiceOf(value, at(field), field, type);
    }

    public <E extends Enum<E>> Optional<E> optionalChoice(String field, Class<E> type) {
        return present(field)
                ? Optional.ofNullable(choiceOf(node.get(field), at(field), field, type))
                : Optional.empty();
    }

    public <E extends Enum<E>> Set<E> choices(String field, Class<E> type, boolean required) {
        Set<E> chosen = EnumSet.noneOf(type);
        forEachElement(field, required, 1, (element, pointer) -> {
            E value = choiceOf(element, pointer, field, type);
            if (value != null) {
                chosen.add(value);
            }
        });
        return chosen;
    }

    /** A list of plain texts, each one of {@code allowed}. */
    public List<String> namesFrom(String field, List<String> allowed) {
        List<String> names = new ArrayList<>();
        forEachElement(field, false, 0, (element, pointer) -> {
            if (element.isTextual() && allowed.contains(element.asText())) {
                names.add(element.asText());
            } else {
                file.error(
                        pointer, "'" + field + "' may only name " + String.join(", ", allowed) + ", found " + element);
            }
        });
        return names;
    }

    public Optional<JsonFields> optionalObject(String field) {
        return present(field) ? Optional.ofNullable(objectIn(node.get(field), field)) : Optional.empty();
    }

    public JsonFields object(String field) {
        JsonNode value = require(field);
        return value == null ? null : objectIn(value, field);
    }

    private JsonFields objectIn(JsonNode value, String field) {
        if (!value.isObject()) {
            error(field, "'" + field + "' must be an object {...}");
            return null;
        }
        return child(value, at(field));
    }

    public List<JsonFields> objects(String field, boolean required) {
        List<JsonFields> objects = new ArrayList<>();
        forEachElement(field, required, 1, (element, pointer) -> {
            if (element.isObject()) {
                objects.add(child(element, pointer));
            } else {
                file.error(pointer, "each entry of '" + field + "' must be an object {...}");
            }
        });
        return objects;
    }

    ContentFile file() {
        return file;
    }

    int errorCountOfFile() {
        return file.errorCount();
    }

    /** Whether the field is given; a field written as {@code null} is not (and is warned about). */
    boolean has(String field) {
        return present(field);
    }

    private JsonFields child(JsonNode value, JsonPath pointer) {
        JsonFields child = new JsonFields(value, pointer, file);
        if (children.isEmpty()) {
            children = new ArrayList<>();
        }
        children.add(child);
        return child;
    }

    /**
     * Whether an optional field is given. {@code null} counts as left out, with a warning at the field: an
     * item is not skipped for it (a red flag must not vanish over an empty "action"), but the author learns.
     */
    private boolean present(String field) {
        markRead(field);
        JsonNode value = node.get(field);
        if (value == null) {
            return false;
        }
        if (value.isNull()) {
            if (!nullReported.contains(field)) {
                if (nullReported.isEmpty()) {
                    nullReported = new ArrayList<>(2);
                }
                nullReported.add(field);
                warning(field, "'" + field + "' is null; it is treated as left out (leave the field out instead)");
            }
            return false;
        }
        return true;
    }

    private void markRead(String field) {
        if (!read.contains(field)) {
            read.add(field);
        }
    }

    private interface ElementVisitor {
        void visit(JsonNode element, JsonPath pointer);
    }

    private void forEachElement(String field, boolean required, int minimum, ElementVisitor visitor) {
        JsonNode value = required ? require(field) : present(field) ? node.get(field) : null;
        if (value == null) {
            return;
        }
        if (!value.isArray()) {
            error(field, "'" + field + "' must be a list [...]");
            return;
        }
        if (value.size() < minimum && required) {
            error(field, "'" + field + "' must not be empty");
            return;
        }
        JsonPath list = at(field);
        for (int i = 0; i < value.size(); i++) {
            visitor.visit(value.get(i), list.index(i));
        }
    }

    /** A required field's value; a missing one is reported at its object, a {@code null} one where it stands. */
    private JsonNode require(String field) {
        markRead(field);
        JsonNode value = node.get(field);
        if (value == null) {
            file.error(at, "missing required field '" + field + "'");
            return null;
        }
        if (value.isNull()) {
            error(field, "'" + field + "' is null; it is required");
            return null;
        }
        return value;
    }

    private Integer integerIn(JsonNode value, JsonPath pointer, String field, IntRange limit) {
        if (!value.canConvertToExactIntegral() || !value.isNumber() || !value.canConvertToInt()) {
            file.error(pointer, "'" + field + "' must be a whole number, found " + value);
            return null;
        }
        int number = value.intValue();
        if (number < limit.min() || number > limit.max()) {
            file.error(
                    pointer,
                    "'" + field + "' is " + number + "; it must be from " + limit.min() + " to " + limit.max());
            return null;
        }
        return number;
    }

    private <E extends Enum<E>> E choiceOf(JsonNode value, JsonPath pointer, String field, Class<E> type) {
        Optional<E> parsed = value.isTextual() ? JsonName.parse(type, value.asText()) : Optional.empty();
        if (parsed.isEmpty()) {
            file.error(pointer, "'" + field + "' must be one of " + JsonName.allOf(type) + ", found " + value);
            return null;
        }
        return parsed.get();
    }
}
