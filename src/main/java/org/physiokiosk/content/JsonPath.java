package org.physiokiosk.content;

import com.fasterxml.jackson.core.JsonPointer;

/**
 * Where a value sits in a file, as a chain of steps from the root. Making one costs a small object; only a
 * problem turns it into a {@link JsonPointer}, so clean files (nearly all of them) never pay for strings.
 */
final class JsonPath {

    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    private final String property;
    private final int index;

    private JsonPath(JsonPath parent, String property, int index) {
        this.parent = parent;
        this.property = property;
        this.index = index;
    }

    JsonPath property(String name) {
        return new JsonPath(this, name, -1);
    }

    JsonPath index(int position) {
        return new JsonPath(this, null, position);
    }

    /** This path followed by {@code relative}. */
    JsonPath append(JsonPath relative) {
        if (relative.parent == null) {
            return this;
        }
        JsonPath base = append(relative.parent);
        return relative.property != null ? base.property(relative.property) : base.index(relative.index);
    }

    JsonPointer toPointer() {
        if (parent == null) {
            return JsonPointer.empty();
        }
        JsonPointer head = parent.toPointer();
        return property != null ? head.appendProperty(property) : head.appendIndex(index);
    }

    @Override
    public String toString() {
        return toPointer().toString();
    }
}
