package org.physiokiosk.program;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A program as one JSON document, for stores other than the folder of files (the database keeps it in a
 * column). The very same format and checks as a program file ({@link ProgramJson}, {@link ProgramFileMapping}),
 * so a program moves between stores without being translated.
 */
public final class ProgramDocument {

    private static final String[] KIOSK_FIELDS = {"title", "language", "instructions", "items"};

    private ProgramDocument() {}

    /** The program file's JSON; the program must have its store id. */
    public static String toJson(Program program) {
        return new String(ProgramJson.write(ProgramFileMapping.toFile(program)), StandardCharsets.UTF_8);
    }

    /**
     * What a kiosk may be given of a saved program, as {@link #kioskFromJson} reads it: {@link KioskProgram#of}'s
     * title, language, instructions and items, the patient's name masked (decision 0030). A store that hands
     * programs to kiosks by code keeps this beside the document, made when the program is saved, so the kiosk
     * never needs (nor may see) the patient field.
     */
    public static String kioskJson(Program program) {
        ObjectNode whole = (ObjectNode)
                ProgramJson.MAPPER.valueToTree(ProgramFileMapping.toFile(PatientNameCheck.kioskSafe(program)));
        ObjectNode kiosk = ProgramJson.MAPPER.createObjectNode();
        for (String field : KIOSK_FIELDS) {
            JsonNode value = whole.get(field);
            if (value != null && !value.isNull()) {
                kiosk.set(field, value);
            }
        }
        try {
            return ProgramJson.MAPPER.writeValueAsString(kiosk);
        } catch (IOException e) {
            throw new IllegalStateException("a program's kiosk view could not be written", e);
        }
    }

    /**
     * Reads a code lookup's answer: {@code {"program": <kiosk view>}} or {@code {"lapsed": true}} (the
     * database's {@code kiosk_lookup}); the kiosk view is read as {@link #kioskFromJson} reads it.
     */
    public static ProgramLookup.Answer kioskAnswer(String json) throws ProgramStoreException {
        JsonNode tree;
        try {
            tree = ProgramJson.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new ProgramStoreException("the kiosk's answer could not be read: " + e.getMessage(), e);
        }
        JsonNode program = tree == null ? null : tree.get("program");
        if (program != null && !program.isNull()) {
            return new ProgramLookup.Answer.Opens(kioskFromJson(program.toString()));
        }
        if (tree != null && tree.path("lapsed").asBoolean(false)) {
            return new ProgramLookup.Answer.Lapsed();
        }
        throw new ProgramStoreException("the kiosk's answer is neither a program nor a lapsed code");
    }

    /** Reads a document; the message says where it is broken, never what it holds. */
    public static Program fromJson(String json) throws ProgramStoreException {
        try {
            return ProgramFileMapping.fromFile(ProgramFileReader.read(json.getBytes(StandardCharsets.UTF_8)));
        } catch (ProgramFileProblem problem) {
            throw new ProgramStoreException("a stored program could not be read: " + problem.getMessage());
        }
    }

    /**
     * Reads what the kiosk is given (title, language, instructions, items: see {@link KioskProgram}). The
     * items go through the program file's own checks: the missing fields are filled with placeholders that
     * never leave this method.
     */
    public static KioskProgram kioskFromJson(String json) throws ProgramStoreException {
        try {
            JsonNode tree = ProgramJson.MAPPER.readTree(json);
            if (!(tree instanceof ObjectNode kiosk)) {
                throw new ProgramStoreException("the kiosk's program is not a JSON object");
            }
            ObjectNode whole = ProgramJson.MAPPER.createObjectNode();
            whole.put("schemaVersion", ProgramJson.SCHEMA_VERSION);
            whole.put("id", "kiosk");
            whole.put("revision", 1L);
            whole.put("date", "2000-01-01");
            for (String field : KIOSK_FIELDS) {
                JsonNode value = kiosk.get(field);
                if (value != null && !value.isNull()) {
                    whole.set(field, value);
                }
            }
            return KioskProgram.of(
                    ProgramFileMapping.fromFile(ProgramFileReader.read(ProgramJson.MAPPER.writeValueAsBytes(whole))));
        } catch (ProgramFileProblem problem) {
            throw new ProgramStoreException("the kiosk's program could not be read: " + problem.getMessage());
        } catch (IOException e) {
            throw new ProgramStoreException("the kiosk's program could not be read: " + e.getMessage(), e);
        }
    }
}
