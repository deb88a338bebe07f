package org.physiokiosk.program;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.physiokiosk.program.ProgramJson.DoseFile;
import org.physiokiosk.program.ProgramJson.ItemFile;
import org.physiokiosk.program.ProgramJson.ProgramFile;

/**
 * Reads a program file into {@link ProgramFile} with Jackson's streaming parser, as strictly as the data
 * binding did (a typo'd field, "3" or 1.5 for a whole number, a repeated key or anything after the object is
 * an error with its line and column). Data binding built a deserializer for each class by reflection on first
 * use: about 370 classes and a tenth of a second of a one-shot {@code export}, for eleven fields.
 */
final class ProgramFileReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final JsonParser parser;

    private ProgramFileReader(JsonParser parser) {
        this.parser = parser;
    }

    /** Checks the whole file's syntax and its schema version first, so a newer file is reported as such. */
    static ProgramFile read(byte[] bytes) throws ProgramFileProblem {
        try {
            checkSyntaxAndVersion(bytes);
            try (JsonParser parser = FACTORY.createParser(bytes)) {
                parser.nextToken();
                return new ProgramFileReader(parser).program();
            }
        } catch (JsonProcessingException e) {
            throw new ProgramFileProblem(at(e.getLocation(), ParserWords.withoutContent(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new ProgramFileProblem("could not be read: " + ParserWords.withoutContent(e.getMessage()));
        }
    }

    private static void checkSyntaxAndVersion(byte[] bytes) throws IOException, ProgramFileProblem {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                if (first != null) {
                    parser.skipChildren();
                    trailing(parser);
                }
                throw new ProgramFileProblem("not a program file: expected a JSON object");
            }
            JsonToken version = null;
            long versionNumber = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean isVersion = "schemaVersion".equals(parser.currentName());
                JsonToken value = parser.nextToken();
                if (isVersion) {
                    version = value;
                    versionNumber = value == JsonToken.VALUE_NUMBER_INT
                                    && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                            ? parser.getLongValue()
                            : 0;
                }
                parser.skipChildren();
            }
            trailing(parser);
            if (version != JsonToken.VALUE_NUMBER_INT || versionNumber < 1) {
                throw new ProgramFileProblem("'schemaVersion' must be a whole number from 1");
            }
            if (versionNumber > ProgramJson.SCHEMA_VERSION) {
                throw new ProgramFileProblem(
                        "schemaVersion " + versionNumber + ": written by a newer PhysioKiosk; this version reads "
                                + ProgramJson.SCHEMA_VERSION,
                        ProgramStore.Unreadable.Kind.NEWER_VERSION);
            }
        }
    }

    private static void trailing(JsonParser parser) throws IOException, ProgramFileProblem {
        if (parser.nextToken() != null) {
            throw new ProgramFileProblem(at(parser.currentTokenLocation(), "more after the end of the JSON value"));
        }
    }

    private ProgramFile program() throws IOException, ProgramFileProblem {
        ProgramFile file = new ProgramFile();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "schemaVersion" -> file.schemaVersion = whole(name);
                case "id" -> file.id = text(name);
                case "revision" -> file.revision = wholeLong(name);
                case "title" -> file.title = text(name);
                case "patient" -> file.patient = text(name);
                case "therapist" -> file.therapist = text(name);
                case "date" -> file.date = text(name);
                case "reviewDate" -> file.reviewDate = text(name);
                case "instructions" -> file.instructions = text(name);
                case "language" -> file.language = text(name);
                case "items" -> file.items = items();
                default -> throw unknown(name);
            }
        }
        return file;
    }

    private List<ItemFile> items() throws IOException, ProgramFileProblem {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(JsonToken.START_ARRAY, "items");
        List<ItemFile> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String path = "items[" + items.size() + "]";
            items.add(parser.currentToken() == JsonToken.VALUE_NULL ? null : item(path));
        }
        return items;
    }

    private ItemFile item(String path) throws IOException, ProgramFileProblem {
        expect(JsonToken.START_OBJECT, path);
        ItemFile file = new ItemFile();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            String at = path + "." + name;
            switch (name) {
                case "exercise" -> file.exercise = text(at);
                case "dose" -> file.dose = dose(at);
                case "daysPerWeek" -> file.daysPerWeek = whole(at);
                case "note" -> file.note = text(at);
                default -> throw unknown(name);
            }
        }
        return file;
    }

    private DoseFile dose(String path) throws IOException, ProgramFileProblem {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(JsonToken.START_OBJECT, path);
        DoseFile file = new DoseFile();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            String at = path + "." + name;
            switch (name) {
                case "reps" -> file.reps = node();
                case "sets" -> file.sets = whole(at);
                case "holdSeconds" -> file.holdSeconds = node();
                case "restSeconds" -> file.restSeconds = whole(at);
                case "side" -> file.side = text(at);
                case "timesPerDay" -> file.timesPerDay = node();
                case "defaults" -> file.defaults = texts(at);
                default -> throw unknown(name);
            }
        }
        return file;
    }

    private List<String> texts(String path) throws IOException, ProgramFileProblem {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(JsonToken.START_ARRAY, path);
        List<String> texts = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            texts.add(text(path + "[" + texts.size() + "]"));
        }
        return texts;
    }

    /** A range is a number or {"min", "max"}; any value is taken here and judged by the mapping. */
    private JsonNode node() throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, node());
                }
                yield object;
            }
            case START_ARRAY -> {
                var array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(node());
                }
                yield array;
            }
            case VALUE_NUMBER_INT ->
                parser.getNumberType() == JsonParser.NumberType.INT
                        ? nodes.numberNode(parser.getIntValue())
                        : nodes.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDecimalValue());
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_TRUE, VALUE_FALSE -> nodes.booleanNode(parser.getBooleanValue());
            default -> nodes.nullNode();
        };
    }

    /** A text; like data binding, a number or true/false is taken as it is written ("1e3", "true"). */
    private String text(String path) throws IOException, ProgramFileProblem {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!token.isScalarValue()) {
            expect(JsonToken.VALUE_STRING, path);
        }
        return parser.getText();
    }

    private Integer whole(String path) throws IOException, ProgramFileProblem {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(JsonToken.VALUE_NUMBER_INT, path);
        return parser.getIntValue(); // "out of range of int" with its place, as data binding said
    }

    private Long wholeLong(String path) throws IOException, ProgramFileProblem {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(JsonToken.VALUE_NUMBER_INT, path);
        return parser.getLongValue();
    }

    private void expect(JsonToken token, String path) throws ProgramFileProblem {
        if (parser.currentToken() != token) {
            throw new ProgramFileProblem(at(parser.currentTokenLocation(), "wrong kind of value for '" + path + "'"));
        }
    }

    private ProgramFileProblem unknown(String name) {
        return new ProgramFileProblem(at(parser.currentLocation(), "unknown field '" + name + "'"));
    }

    private static String at(com.fasterxml.jackson.core.JsonLocation location, String what) {
        return location != null && location.getLineNr() > 0
                ? location.getLineNr() + ":" + location.getColumnNr() + ": " + what
                : what;
    }
}
