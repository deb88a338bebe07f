package org.physiokiosk.content;

/**
 * A JSON object as the loader reads it: names and values in file order, in two arrays sized exactly. Jackson's
 * {@code ObjectNode} keeps a {@code LinkedHashMap} per object (an entry and a hash per field) that the loader
 * builds, reads once and drops; content objects hold two to fifteen fields, which a scan of an array finds as
 * fast. Values are {@link String}, {@link JsonObject}, {@link JsonArray} or Jackson's own nodes for numbers,
 * true, false and null (see {@link JsonTree}).
 */
final class JsonObject {

    private final String[] names;
    private final Object[] values;
    /** Where the last name asked for was found: readers ask in about the order files are written. */
    private int cursor;

    JsonObject(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    int size() {
        return names.length;
    }

    String name(int index) {
        return names[index];
    }

    Object value(int index) {
        return values[index];
    }

    /**
     * Where {@code name} stands among the fields, or -1. The search starts after the last name found, so a reader
     * that asks in file order finds each field at the first look, by identity (the readers' names are constants
     * and the parser interns the file's), before any hash is taken; otherwise names are told apart by their hash
     * first (a string keeps it once computed), so passing one costs a comparison.
     */
    int indexOf(String name) {
        if (names.length > cursor && names[cursor] == name) { // the next field in file order, by far the most asked
            return found(cursor);
        }
        int hash = name.hashCode();
        for (int k = 0, i = cursor; k < names.length; k++, i = i + 1 == names.length ? 0 : i + 1) {
            String candidate = names[i];
            if (candidate == name || candidate.hashCode() == hash && candidate.equals(name)) {
                return found(i);
            }
        }
        return -1;
    }

    private int found(int index) {
        cursor = index + 1 == names.length ? 0 : index + 1;
        return index;
    }
}
