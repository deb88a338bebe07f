package org.physiokiosk.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one JSON object and reports every problem to its file instead of stopping at the
 * first, so a clinic sees all that is wrong with a file in one run. A getter whose field is wrong returns
 * {@code null} or an empty value; the caller builds nothing when the file has errors.
 */
final class JsonFields {


    private final JsonNode node;
    private final JsonPath at;
    private final ContentFile file;

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

    public void warning(String field, String message) {
        file.warning(at(field), message);
    }

    /** Reports every field not in {@code known}: a typo must not vanish silently. */
    public void allowOnly(String... known) {
        allowOnly(Set.of(known));
    }

    /** As {@link #allowOnly(String...)}, with the set made once by the caller. */
    public void allowOnly(Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                file.error(at(name), "unknown field '" + name + "'; expected one of: "
                        + String.join(", ", sorted(known.toArray(String[]::new))));
            }
        }
    }

    public String id() {
        String id = string("id");
        if (id != null && !isId(id)) {
            error("id", "id '" + id + "' must be 2–64 lower case letters, digits or dashes");
            return null;
        }
        return id;
    }

    public String string(String field) {
        JsonNode value = require(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            error(field, "'" + field + "' must be a non-empty text");
            return null;
        }
        return value.asText();
    }

    public Optional<String> optionalString(String field) {
        return node.has(field) ? Optional.ofNullable(string(field)) : Optional.empty();
    }

    public LocalizedText text(String field) {
        JsonNode value = require(field);
        return value == null ? null : LocalizedTextReader.read(value, at(field), file);
    }

    public Optional<LocalizedText> optionalText(String field) {
        return node.has(field) ? Optional.ofNullable(text(field)) : Optional.empty();
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
            if (element.isTextual() && isId(element.asText())) {
                ids.add(element.asText());
            } else {
                file.error(pointer, "'" + field + "' must list ids (lower case letters, digits, dashes), found " + element);
            }
        });
        return ids;
    }

    public Integer integer(String field, IntRange limit) {
        JsonNode value = require(field);
        return value == null ? null : integerIn(value, at(field), field, limit);
    }

    public int optionalInteger(String field, int absent, IntRange limit) {
        if (!node.has(field)) {
            return absent;
        }
        Integer value = integer(field, limit);
        return value == null ? absent : value;
    }

    /** A whole number or {@code {"min": a, "max": b}}. */
    public IntRange range(String field, IntRange limit) {
        JsonNode value = require(field);
        if (value == null) {
            return null;
        }
        if (value.isObject()) {
            JsonFields range = new JsonFields(value, at(field), file);
            range.allowOnly("min", "max");
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
        if (!node.has(field)) {
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
        return node.has(field) ? Optional.ofNullable(choice(field, type)) : Optional.empty();
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
                file.error(pointer, "'" + field + "' may only name " + String.join(", ", allowed) + ", found " + element);
            }
        });
        return names;
    }

    public Optional<JsonFields> optionalObject(String field) {
        if (!node.has(field)) {
            return Optional.empty();
        }
        return Optional.ofNullable(object(field));
    }

    public JsonFields object(String field) {
        JsonNode value = require(field);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            error(field, "'" + field + "' must be an object {...}");
            return null;
        }
        return new JsonFields(value, at(field), file);
    }

    public List<JsonFields> objects(String field, boolean required) {
        List<JsonFields> objects = new ArrayList<>();
        forEachElement(field, required, 1, (element, pointer) -> {
            if (element.isObject()) {
                objects.add(new JsonFields(element, pointer, file));
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

    boolean has(String field) {
        return node.has(field);
    }

    private interface ElementVisitor {
        void visit(JsonNode element, JsonPath pointer);
    }

    private void forEachElement(String field, boolean required, int minimum, ElementVisitor visitor) {
        JsonNode value = required ? require(field) : node.get(field);
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

    private JsonNode require(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            file.error(at, "missing required field '" + field + "'");
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
            file.error(pointer, "'" + field + "' is " + number + "; it must be from " + limit.min() + " to " + limit.max());
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


    /** 2–64 of a–z, 0–9 and '-', not starting with '-'. Checked by hand: loading checks thousands of ids. */
    static boolean isId(String text) {
        int length = text.length();
        if (length < 2 || length > 64 || text.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }


    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(Arrays.asList(names));
        Collections.sort(list);
        return list;
    }
}
