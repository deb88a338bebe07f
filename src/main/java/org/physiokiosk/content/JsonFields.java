package org.physiokiosk.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one JSON object and reports every problem to its file instead of stopping at the
 * first, so a clinic sees all that is wrong with a file in one run. A getter whose field is wrong returns
 * {@code null} or an empty value; the caller builds nothing when the file has errors.
 *
 * <p>Every field a reader asks for is remembered ({@link AskedFields}). Once the reader is done,
 * {@link #reportUnread()} reports each field of the file that no reader asked for as unknown. Fields that hold
 * lists are read by {@link ListFields}, the checks of one value are {@link FieldValues}'.
 */
final class JsonFields {

    private final AskedFields asked;
    private final ContentFile file;
    private final ObjectPlace place;

    private List<String> nullReported = List.of();
    private List<JsonFields> children = List.of();
    private boolean unreadReported;

    JsonFields(JsonObject node, JsonPath at, ContentFile file) {
        this(node, ObjectPlace.at(at), file);
    }

    private JsonFields(JsonObject node, ObjectPlace place, ContentFile file) {
        this.asked = new AskedFields(node);
        this.place = place;
        this.file = file;
    }

    /** For a Jackson tree (tests, tools): read through the light tree like a loaded file. */
    JsonFields(JsonNode node, JsonPath at, ContentFile file) {
        this((JsonObject) JsonTree.of(node), at, file);
    }

    JsonPath at() {
        return place.path();
    }

    /** This object's index in the list it is an entry of, counted from 0; -1 when it is not a list's entry. */
    int indexInList() {
        return place.index();
    }

    JsonPath at(String field) {
        return place.of(field, -1);
    }

    /** The place of a field ({@code index} -1) or of an element of a list field: made only for a problem. */
    JsonPath place(String field, int index) {
        return place.of(field, index);
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
        return asked.names();
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
            asked.reportUnasked(file, place);
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
        return ListFields.texts(this, field, required);
    }

    /** A list of ids, each checked for form; whether they exist is checked once everything is loaded. */
    public List<String> idList(String field, boolean required) {
        return ListFields.ids(this, field, required);
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
        return value == null ? null : FieldValues.range(value, this, field, limit);
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
    public <E extends Enum<E>> Set<E> choices(String field, Class<E> type, boolean required) {
        return ListFields.choices(this, field, type, required);
    }

    /** A list of plain texts, each one of {@code allowed}. */
    public List<String> namesFrom(String field, List<String> allowed) {
        return ListFields.namesFrom(this, field, allowed);
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
        return ListFields.objects(this, field, required);
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

    /** A nested object's fields, remembered so that {@link #reportUnread()} reaches them too. */
    JsonFields child(JsonObject value, String field, int index) {
        JsonFields child = new JsonFields(value, place.child(field, index), file);
        if (children.isEmpty()) {
            children = new ArrayList<>();
        }
        children.add(child);
        return child;
    }

    /**
     * An optional field's value, or null when it is not given. {@code null} counts as left out, with a warning
     * at the field: an item is not skipped for it (a red flag must not vanish over an empty "action"), but the
     * author learns.
     */
    Object given(String field) {
        Object value = asked.lookUp(field);
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

    /** A required field's value; a missing one is reported at its object, a {@code null} one where it stands. */
    Object require(String field) {
        Object value = asked.lookUp(field);
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
