package org.physiokiosk.content;

/**
 * Where one object read by a {@link JsonFields} sits in its file: its parent's place and its name there, or its
 * list's name and its index in it. The {@link JsonPath} is made only when a problem is reported (nearly never):
 * a clean exercise file used to make some seventy paths that nothing ever read.
 */
final class ObjectPlace {

    private final ObjectPlace parent;
    private final String nameInParent;
    /** The index in the parent's list field {@link #nameInParent}; -1 for an object that is a field itself. */
    private final int indexInParent;

    private JsonPath path;

    private ObjectPlace(ObjectPlace parent, String nameInParent, int indexInParent, JsonPath path) {
        this.parent = parent;
        this.nameInParent = nameInParent;
        this.indexInParent = indexInParent;
        this.path = path;
    }

    /** A place already known as a path: a file's top object. */
    static ObjectPlace at(JsonPath path) {
        return new ObjectPlace(null, null, -1, path);
    }

    /** The place of the object at field {@code field} of this one, or at its element {@code index} (-1: none). */
    ObjectPlace child(String field, int index) {
        return new ObjectPlace(this, field, index, null);
    }

    /** Its index in its parent's list, counted from 0; -1 for an object that is a field itself or a file's top. */
    int index() {
        return indexInParent;
    }

    JsonPath path() {
        if (path == null) {
            path = parent.of(nameInParent, indexInParent);
        }
        return path;
    }

    /** The place of a field ({@code index} -1) or of an element of a list field. */
    JsonPath of(String field, int index) {
        JsonPath at = path().property(field);
        return index < 0 ? at : at.index(index);
    }
}
