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
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The program file format, version 1: plain data that Jackson maps one to one, kept apart from the
 * domain records (which stay free of Jackson). Conversion and its checks live in {@link ProgramFileMapping}.
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

    // Classes with fields rather than records: Jackson reads a record through its constructor, which holds
    // back an unknown field's error until the object ends, so line:column would point past the typo.

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

    /** Reads the file's own schema version first, so a newer file is reported as such and not as broken. */
    static ProgramFile read(byte[] bytes) throws ProgramFileProblem {
        try {
            JsonNode tree = MAPPER.readTree(bytes);
            if (tree == null || !tree.isObject()) {
                throw new ProgramFileProblem("not a program file: expected a JSON object");
            }
            JsonNode version = tree.get("schemaVersion");
            if (version == null || !version.isIntegralNumber() || version.asInt() < 1) {
                throw new ProgramFileProblem("'schemaVersion' must be a whole number from 1");
            }
            if (version.asInt() > SCHEMA_VERSION) {
                throw new ProgramFileProblem(
                        "schemaVersion " + version.asInt() + ": written by a newer PhysioKiosk; this version reads "
                                + SCHEMA_VERSION,
                        true);
            }
            // A second parse of the bytes (not of the tree) keeps line and column in binding errors.
            return MAPPER.readValue(bytes, ProgramFile.class);
        } catch (JsonProcessingException e) {
            throw new ProgramFileProblem(describe(e));
        } catch (IOException e) {
            throw new ProgramFileProblem("could not be read: " + e.getMessage());
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
