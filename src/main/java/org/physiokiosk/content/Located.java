package org.physiokiosk.content;

/** An item with the file and the spot it came from, so later checks can point at it. */
record Located<T>(T item, ContentFile file, JsonPath at) {

    Located<T> with(T replacement) {
        return new Located<>(replacement, file, at);
    }

    void error(JsonPath relative, String message) {
        file.error(at.append(relative), message);
    }

    void warning(JsonPath relative, String message) {
        file.warning(at.append(relative), message);
    }
}
