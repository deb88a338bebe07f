package org.physiokiosk.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
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

    private final JsonObject node;
    private final ContentFile file;
    /**
     * Where this object sits, made when a problem is reported (nearly never) from its parent and its name there,
     * or its list's name and its index in it ({@code indexInParent} -1 for a field): a clean exercise file used
     * to make some seventy paths that nothing ever read.
     */
    private JsonPath at;

    private final JsonFields parent;
    private final String nameInParent;
    private final int indexInParent;
    /**
     * Every name asked for that the object does not have; the names it has and were asked for are the bits of
     * {@link #readMask}. Together they are the known fields a message lists.
     */
    private String[] askedAbsent = NONE;

    private int absentCount;
    /** Which of the object's first 64 fields were asked for; a later field's name goes to {@link #askedLater}. */
    private long readMask;

    private List<String> askedLater = List.of();
    private List<String> nullReported = List.of();
    private List<JsonFields> children = List.of();
    private boolean unreadReported;

    private static final String[] NONE = new String[0];

    JsonFields(JsonObject node, JsonPath at, ContentFile file) {
        this.node = node;
        this.at = at;
        this.file = file;
        this.parent = null;
        this.nameInParent = null;
        this.indexInParent = -1;
    }

    private JsonFields(JsonObject node, JsonFields parent, String field, int index) {
        this.node = node;
        this.file = parent.file;
        this.parent = parent;
        this.nameInParent = field;
        this.indexInParent = index;
    }

    /** For a Jackson tree (tests, tools): read through the light tree like a loaded file. */
    JsonFields(JsonNode node, JsonPath at, ContentFile file) {
        this((JsonObject) JsonTree.of(node), at, file);
    }

    JsonPath at() {
        if (at == null) {
            at = parent.place(nameInParent, indexInParent);
        }
        return at;
    }

    JsonPath at(String field) {
        return at().property(field);
    }

    /** The place of a field ({@code index} -1) or of an element of a list field: made only for a problem. */
    JsonPath place(String field, int index) {
        return index < 0 ? at(field) : at(field).index(index);
    }

    public void error(String field, String message) {
        file.error(at(field), message);
    }

    /** A problem with this object as a whole, reported where it starts. */
    public void errorHere(String message) {
        file.error(at(), message);
    }

    public void warning(String field, String message) {
        file.warning(at(field), message);
    }

    /** The names of the fields asked for so far. */
    Set<String> fieldsRead() {
        Set<String> read = new TreeSet<>(askedLater);
        for (int i = 0; i < absentCount; i++) {
            read.add(askedAbsent[i]);
        }
        for (int i = 0; i < Math.min(node.size(), Long.SIZE); i++) {
            if ((readMask & (1L << i)) != 0) {
                read.add(node.name(i));
            }
        }
        return read;
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
            for (int i = 0; i < node.size(); i++) {
                boolean read = i < Long.SIZE ? (readMask & (1L << i)) != 0 : askedLater.contains(node.name(i));
                if (!read) {
                    if (expected == null) {
                        expected = String.join(", ", fieldsRead());
                    }
                    file.error(at(node.name(i)), "unknown field '" + node.name(i) + "'; expected one of: " + expected);
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
        Object value = require(field);
        return value == null ? null : FieldValues.text(value, this, field, -1);
    }

    public Optional<String> optionalString(String field) {
        Object value = given(field);
        return value == null ? Optional.empty() : Optional.ofNullable(FieldValues.text(value, this, field, -1));
    }

    public LocalizedText text(String field) {
        Object value = require(field);
        return value == null ? null : LocalizedTextReader.read(value, this, field, -1);
    }

    public Optional<LocalizedText> optionalText(String field) {
        Object value = given(field);
        return value == null ? Optional.empty() : Optional.ofNullable(LocalizedTextReader.read(value, this, field, -1));
    }

    /** A list of texts; an absent optional list is empty. */
    public List<LocalizedText> textList(String field, boolean required) {
        List<LocalizedText> texts = new ArrayList<>();
        forEachElement(field, required, 1, (element, index) -> {
            LocalizedText text = LocalizedTextReader.read(element, this, field, index);
            if (text != null) {
                texts.add(text);
            }
        });
        return texts;
    }

    /** A list of ids, each checked for form; whether they exist is checked once everything is loaded. */
    public List<String> idList(String field, boolean required) {
        List<String> ids = new ArrayList<>();
        forEachElement(field, required, 1, (element, index) -> {
            if (element instanceof String id && Ids.isId(id)) {
                ids.add(id);
            } else {
                file.error(
                        place(field, index),
                        "'" + field + "' must list ids, found " + JsonTree.show(element) + ": an id " + Ids.RULE);
            }
        });
        return ids;
    }

    public Integer integer(String field, IntRange limit) {
        Object value = require(field);
        return value == null ? null : FieldValues.integer(value, this, field, -1, limit);
    }

    public int optionalInteger(String field, int absent, IntRange limit) {
        Object value = given(field);
        Integer number = value == null ? null : FieldValues.integer(value, this, field, -1, limit);
        return number == null ? absent : number;
    }

    /** A whole number or {@code {"min": a, "max": b}}. */
    public IntRange range(String field, IntRange limit) {
        Object value = require(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonObject object) {
            JsonFields range = child(object, field, -1);
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
        Integer single = FieldValues.integer(value, this, field, -1, limit);
        return single == null ? null : IntRange.exactly(single);
    }

    public boolean flag(String field) {
        Object value = given(field);
        return value != null && Boolean.TRUE.equals(FieldValues.flag(value, this, field));
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        Object value = require(field);
        return value == null ? null : FieldValues.choice(value, this, field, -1, type);
    }

    public <E extends Enum<E>> Optional<E> optionalChoice(String field, Class<E> type) {
        Object value = given(field);
        return value == null ? Optional.empty() : Optional.ofNullable(FieldValues.choice(value, this, field, -1, type));
    }

    /** The chosen constants as an immutable set, made once: the record that keeps it need not copy it again. */
    @SuppressWarnings("unchecked")
    public <E extends Enum<E>> Set<E> choices(String field, Class<E> type, boolean required) {
        Set<E> chosen = EnumSet.noneOf(type);
        forEachElement(field, required, 1, (element, index) -> {
            E value = FieldValues.choice(element, this, field, index, type);
            if (value != null) {
                chosen.add(value);
            }
        });
        return Set.of((E[]) chosen.toArray(new Enum<?>[0]));
    }

    /** A list of plain texts, each one of {@code allowed}. */
    public List<String> namesFrom(String field, List<String> allowed) {
        List<String> names = new ArrayList<>();
        forEachElement(field, false, 0, (element, index) -> {
            if (element instanceof String name && allowed.contains(name)) {
                names.add(name);
            } else {
                file.error(
                        place(field, index),
                        "'" + field + "' may only name " + String.join(", ", allowed) + ", found "
                                + JsonTree.show(element));
            }
        });
        return names;
    }

    public Optional<JsonFields> optionalObject(String field) {
        Object value = given(field);
        return value == null ? Optional.empty() : Optional.ofNullable(objectIn(value, field));
    }

    public JsonFields object(String field) {
        Object value = require(field);
        return value == null ? null : objectIn(value, field);
    }

    private JsonFields objectIn(Object value, String field) {
        if (!(value instanceof JsonObject object)) {
            error(field, "'" + field + "' must be an object {...}");
            return null;
        }
        return child(object, field, -1);
    }

    public List<JsonFields> objects(String field, boolean required) {
        List<JsonFields> objects = new ArrayList<>();
        forEachElement(field, required, 1, (element, index) -> {
            if (element instanceof JsonObject object) {
                objects.add(child(object, field, index));
            } else {
                file.error(place(field, index), "each entry of '" + field + "' must be an object {...}");
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
        return given(field) != null;
    }

    private JsonFields child(JsonObject value, String field, int index) {
        JsonFields child = new JsonFields(value, this, field, index);
        if (children.isEmpty()) {
            children = new ArrayList<>();
        }
        children.add(child);
        return child;
    }

    /** The field's value, marked as read; null when the file has no such field. */
    private Object lookUp(String field) {
        int index = node.indexOf(field);
        if (index < 0) {
            if (absentCount == askedAbsent.length) {
                askedAbsent = Arrays.copyOf(askedAbsent, Math.max(4, absentCount * 2));
            }
            askedAbsent[absentCount++] = field;
            return null;
        }
        if (index < Long.SIZE) {
            readMask |= 1L << index;
        } else {
            if (askedLater.isEmpty()) {
                askedLater = new ArrayList<>();
            }
            askedLater.add(field);
        }
        return node.value(index);
    }

    /**
     * An optional field's value, or null when it is not given. {@code null} counts as left out, with a warning
     * at the field: an item is not skipped for it (a red flag must not vanish over an empty "action"), but the
     * author learns.
     */
    private Object given(String field) {
        Object value = lookUp(field);
        if (value instanceof NullNode) {
            if (!nullReported.contains(field)) {
                if (nullReported.isEmpty()) {
                    nullReported = new ArrayList<>(2);
                }
                nullReported.add(field);
                warning(field, "'" + field + "' is null; it is treated as left out (leave the field out instead)");
            }
            return null;
        }
        return value;
    }

    private interface ElementVisitor {
        void visit(Object element, int index);
    }

    private void forEachElement(String field, boolean required, int minimum, ElementVisitor visitor) {
        Object value = required ? require(field) : given(field);
        if (value == null) {
            return;
        }
        if (!(value instanceof JsonArray list)) {
            error(field, "'" + field + "' must be a list [...]");
            return;
        }
        if (list.size() < minimum && required) {
            error(field, "'" + field + "' must not be empty");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            visitor.visit(list.get(i), i);
        }
    }

    /** A required field's value; a missing one is reported at its object, a {@code null} one where it stands. */
    private Object require(String field) {
        Object value = lookUp(field);
        if (value == null) {
            file.error(at(), "missing required field '" + field + "'");
            return null;
        }
        if (value instanceof NullNode) {
            error(field, "'" + field + "' is null; it is required");
            return null;
        }
        return value;
    }
}
