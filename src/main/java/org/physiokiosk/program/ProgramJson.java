package org.physiokiosk.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The program file format, version 1: plain data that Jackson writes one to one, kept apart from the
 * domain records (which stay free of Jackson). {@link ProgramFileReader} reads it back; conversion and its
 * checks live in {@link ProgramFileMapping}.
 */
final class ProgramJson {

    static final int SCHEMA_VERSION = 1;

    /** Strict: a typo'd field or "3" for a number is an error, not a silent default or a guess. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ProgramJson() {}

    // Classes with fields rather than records: the reader fills them field by field, as it meets them.

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "schemaVersion",
        "id",
        "revision",
        "title",
        "patient",
        "therapist",
        "date",
        "reviewDate",
        "instructions",
        "language",
        "items"
    })
    static final class ProgramFile {
        public Integer schemaVersion;
        public String id;
        public Long revision;
        public String title;
        public String patient;
        public String therapist;
        public String date;
        public String reviewDate;
        public String instructions;
        public String language;
        public List<ItemFile> items;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"exercise", "dose", "daysPerWeek", "note"})
    static final class ItemFile {
        public String exercise;
        public DoseFile dose;
        public Integer daysPerWeek;
        public String note;
    }

    /** Ranges are a number or {"min": 5, "max": 10}, as in the content files. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"reps", "sets", "holdSeconds", "restSeconds", "side", "timesPerDay", "defaults"})
    static final class DoseFile {
        public JsonNode reps;
        public Integer sets;
        public JsonNode holdSeconds;
        public Integer restSeconds;
        public String side;
        public JsonNode timesPerDay;
        public List<String> defaults;
    }

    static byte[] write(ProgramFile file) {
        try {
            return MAPPER.writeValueAsBytes(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a program always maps to JSON", e);
        }
    }

    /** "3:14: unknown field 'setts'": where Jackson knows it, and in words without Java class names. */
    static String describe(JsonProcessingException e) {
        String what;
        if (e instanceof UnrecognizedPropertyException unknown) {
            what = "unknown field '" + unknown.getPropertyName() + "'";
        } else if (e instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            what = "wrong kind of value for '" + path(mismatch.getPath()) + "'";
        } else {
            what = e.getOriginalMessage();
        }
        var location = e.getLocation();
        return location != null && location.getLineNr() > 0
                ? location.getLineNr() + ":" + location.getColumnNr() + ": " + what
                : what;
    }

    private static String path(List<JsonMappingException.Reference> references) {
        return references.stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
