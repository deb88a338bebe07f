package org.physiokiosk.content;

/** A JSON array as the loader reads it: its values in an exactly sized array (see {@link JsonObject}). */
final class JsonArray {

    private final Object[] values;

    JsonArray(Object[] values) {
        this.values = values;
    }

    int size() {
        return values.length;
    }

    Object get(int index) {
        return values[index];
    }
}
