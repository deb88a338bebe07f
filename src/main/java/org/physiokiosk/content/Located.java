package org.physiokiosk.content;

import com.fasterxml.jackson.core.JsonPointer;

/** An item with the file and the spot it came from, so later checks can point at it. */
record Located<T>(T item, ContentFile file, JsonPointer at) {

    Located<T> with(T replacement) {
        return new Located<>(replacement, file, at);
    }

    void error(JsonPointer relative, String message) {
        file.error(at.append(relative), message);
    }

    void warning(JsonPointer relative, String message) {
        file.warning(at.append(relative), message);
    }
}
