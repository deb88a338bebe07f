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

    private ProgramDocument() {}

    /** The program file's JSON; the program must have its store id. */
    public static String toJson(Program program) {
        return new String(ProgramJson.write(ProgramFileMapping.toFile(program)), StandardCharsets.UTF_8);
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
            for (String field : new String[] {"title", "language", "instructions", "items"}) {
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
