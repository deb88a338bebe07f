package org.physiokiosk.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Builds the loader's light tree ({@link JsonObject}, {@link JsonArray}) straight from the parser's tokens, in
 * place of Jackson's tree: building that tree cost as much again as parsing (decision 0017). A text is a
 * {@link String}; numbers, true, false and null are the very nodes Jackson's tree would hold, so every check
 * and every "found ..." in a message reads exactly as before. One builder per loader: its scratch arrays are
 * reused from file to file.
 */
final class JsonTree {

    /** Past this many fields in one object, repeated keys are found with a set instead of a scan. */
    private static final int SCAN_LIMIT = 16;

    /**
     * The last names array made per number of fields. Objects of one kind (texts, steps, ranges) repeat their
     * names in the same order, so they share one array (never changed once made) instead of each copying its
     * own: fewer arrays to make, and the readers find the names in a few hot ones.
     */
    private final String[][] lastNames = new String[SCAN_LIMIT + 1][];

    private String[] names = new String[64];
    private Object[] values = new Object[64];
    private int top;
    private int highWater;

    /**
     * The value the parser stands at, read whole; null when an object repeats a key (the caller then parses
     * strictly to report it where Jackson's duplicate detector does).
     */
    Object read(JsonParser parser) throws IOException {
        top = 0;
        highWater = 0;
        try {
            return value(parser, parser.currentToken());
        } finally {
            // Cleared once per file, up to the deepest use: the scratch arrays keep nothing of a file.
            Arrays.fill(values, 0, highWater, null);
        }
    }

    private Object value(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new IOException("the text ends inside a value"); // Jackson says so first; never reached
        }
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT ->
                parser.getNumberType() == JsonParser.NumberType.INT
                        ? IntNode.valueOf(parser.getIntValue())
                        : jacksonsNumber(parser);
            case VALUE_NUMBER_FLOAT -> jacksonsNumber(parser);
            case VALUE_TRUE -> BooleanNode.TRUE;
            case VALUE_FALSE -> BooleanNode.FALSE;
            case VALUE_NULL -> NullNode.getInstance();
            default -> throw new IOException("unexpected " + token); // text has no other tokens
        };
    }

    /** Jackson's own reading of a number other than a plain int, so a message prints it as Jackson's tree did. */
    private static Object jacksonsNumber(JsonParser parser) throws IOException {
        return StrictMapper.get().readTree(parser);
    }

    private JsonObject object(JsonParser parser) throws IOException {
        int from = top;
        Set<String> seen = null;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            if (top - from < SCAN_LIMIT) {
                if (repeats(name, from)) {
                    return null;
                }
            } else {
                if (seen == null) {
                    seen = new HashSet<>(Arrays.asList(names).subList(from, top));
                }
                if (!seen.add(name)) {
                    return null;
                }
            }
            Object value = value(parser, parser.nextToken());
            if (value == null) {
                return null;
            }
            push(name, value);
        }
        JsonObject object = new JsonObject(namesOf(from, top), Arrays.copyOfRange(values, from, top));
        pop(from);
        return object;
    }

    private JsonArray array(JsonParser parser) throws IOException {
        int from = top;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            Object value = value(parser, token);
            if (value == null) {
                return null;
            }
            push(null, value);
        }
        JsonArray array = new JsonArray(Arrays.copyOfRange(values, from, top));
        pop(from);
        return array;
    }

    /** The names from {@code from} to {@code to}: the last array of that many names if they are the same names. */
    private String[] namesOf(int from, int to) {
        int count = to - from;
        if (count > SCAN_LIMIT) {
            return Arrays.copyOfRange(names, from, to);
        }
        String[] last = lastNames[count];
        if (last != null && sameNames(last, from)) {
            return last;
        }
        String[] made = Arrays.copyOfRange(names, from, to);
        lastNames[count] = made;
        return made;
    }

    /** Compared by identity: the parser interns names. */
    private boolean sameNames(String[] last, int from) {
        for (int i = 0; i < last.length; i++) {
            if (last[i] != names[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the object being read already has {@code name}: the parser interns names, so the same name is the same instance. */
    private boolean repeats(String name, int from) {
        for (int i = from; i < top; i++) {
            if (names[i] == name) {
                return true;
            }
        }
        return false;
    }

    private void push(String name, Object value) {
        if (top == values.length) {
            names = Arrays.copyOf(names, top * 2);
            values = Arrays.copyOf(values, top * 2);
        }
        names[top] = name;
        values[top++] = value;
        highWater = Math.max(highWater, top);
    }

    private void pop(int from) {
        top = from;
    }

    /** The light tree of a Jackson tree: for files that needed the strict parse, and for tests. */
    static Object of(JsonNode node) {
        if (node.isObject()) {
            String[] names = new String[node.size()];
            Object[] values = new Object[node.size()];
            int i = 0;
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                names[i] = field.getKey();
                values[i++] = of(field.getValue());
            }
            return new JsonObject(names, values);
        }
        if (node.isArray()) {
            Object[] values = new Object[node.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = of(node.get(i));
            }
            return new JsonArray(values);
        }
        return node.isTextual() ? node.asText() : node;
    }

    /** A value as Jackson's tree prints it ({@code "text"}, {@code 3.5}, {@code {"a":1}}): how messages show it. */
    static String show(Object value) {
        return jackson(value).toString();
    }

    private static JsonNode jackson(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof String text) {
            return nodes.textNode(text);
        }
        if (value instanceof JsonObject object) {
            ObjectNode node = nodes.objectNode();
            for (int i = 0; i < object.size(); i++) {
                node.set(object.name(i), jackson(object.value(i)));
            }
            return node;
        }
        if (value instanceof JsonArray array) {
            ArrayNode node = nodes.arrayNode(array.size());
            for (int i = 0; i < array.size(); i++) {
                node.add(jackson(array.get(i)));
            }
            return node;
        }
        return (JsonNode) value;
    }
}
