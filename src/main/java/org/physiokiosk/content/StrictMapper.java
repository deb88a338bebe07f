package org.physiokiosk.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The loader's ObjectMapper, made on first use. A healthy content folder never needs it: files are read into the
 * light tree straight from the parser ({@link JsonTree}). Only a file the quick parse refuses (to say where it is
 * wrong) and a number other than a plain int (to print it as Jackson reads it) ask for it. Making it at class
 * load cost a cold start about 290 classes of Jackson's data binding and tens of milliseconds, on the kiosk's way
 * to its start screen and on every command that reads the content.
 */
final class StrictMapper {

    private StrictMapper() {}

    static ObjectMapper get() {
        return Holder.MAPPER;
    }

    /** Configured once and shared: an ObjectMapper is thread-safe once set up, and costly to make. */
    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
