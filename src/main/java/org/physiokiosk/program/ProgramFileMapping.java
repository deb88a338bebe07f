package org.physiokiosk.program;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.Side;
import org.physiokiosk.program.ProgramJson.DoseFile;
import org.physiokiosk.program.ProgramJson.ItemFile;
import org.physiokiosk.program.ProgramJson.ProgramFile;

/**
 * Program records to file records and back. Reading checks what Jackson cannot: required fields, ranges
 * and dates; every message names the field's path ("items[2].dose.reps") so a broken file can be fixed.
 */
final class ProgramFileMapping {

    private ProgramFileMapping() {}

    static ProgramFile toFile(Program program) {
        ProgramFile file = new ProgramFile();
        file.schemaVersion = ProgramJson.SCHEMA_VERSION;
        file.id = program.id().orElseThrow();
        file.revision = program.revision();
        file.title = program.title();
        file.patient = program.patient().orElse(null);
        file.therapist = program.therapist();
        file.date = program.date().toString();
        file.reviewDate = program.reviewDate().map(LocalDate::toString).orElse(null);
        file.instructions = program.instructions();
        file.language = program.language();
        file.items = program.items().stream().map(ProgramFileMapping::toFile).toList();
        return file;
    }

    private static ItemFile toFile(ProgramItem item) {
        ItemFile file = new ItemFile();
        file.exercise = item.exercise();
        file.dose = toFile(item.dose());
        file.daysPerWeek = item.daysPerWeek();
        file.note = item.note();
        return file;
    }

    private static DoseFile toFile(Dose dose) {
        DoseFile file = new DoseFile();
        file.reps = range(dose.reps());
        file.sets = dose.sets();
        file.holdSeconds = range(dose.holdSeconds());
        file.restSeconds = dose.restSeconds();
        file.side = dose.side().name().toLowerCase(Locale.ROOT);
        file.timesPerDay = range(dose.timesPerDay());
        file.defaults = Dose.FIELDS.stream().filter(dose::isDefault).toList();
        return file;
    }

    /** A number, or {"min": 5, "max": 10} for a range: the content files' way, so both read alike. */
    static JsonNode range(IntRange range) {
        if (range.isSingle()) {
            return IntNode.valueOf(range.min());
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("min", range.min());
        node.put("max", range.max());
        return node;
    }

    static Program fromFile(ProgramFile file) throws ProgramFileProblem {
        String id = required(file.id, "id");
        long revision = required(file.revision, "revision");
        LocalDate date = date(required(file.date, "date"), "date");
        Optional<LocalDate> reviewDate =
                file.reviewDate == null ? Optional.empty() : Optional.of(date(file.reviewDate, "reviewDate"));
        String language = required(file.language, "language");
        List<ProgramItem> items = new ArrayList<>();
        List<ItemFile> itemFiles = required(file.items, "items");
        for (int i = 0; i < itemFiles.size(); i++) {
            items.add(item(itemFiles.get(i), "items[" + i + "]"));
        }
        try {
            return new Program(
                    Optional.of(id),
                    revision,
                    orEmpty(file.title),
                    Optional.ofNullable(file.patient),
                    orEmpty(file.therapist),
                    date,
                    reviewDate,
                    orEmpty(file.instructions),
                    language,
                    items);
        } catch (IllegalArgumentException e) {
            throw new ProgramFileProblem(e.getMessage());
        }
    }

    private static ProgramItem item(ItemFile file, String path) throws ProgramFileProblem {
        if (file == null) {
            throw new ProgramFileProblem("'" + path + "' must be an object");
        }
        String exercise = required(file.exercise, path + ".exercise");
        DoseFile dose = required(file.dose, path + ".dose");
        String at = path + ".dose";
        try {
            Dose read = new Dose(
                    range(dose.reps, at + ".reps"),
                    required(dose.sets, at + ".sets"),
                    range(dose.holdSeconds, at + ".holdSeconds"),
                    required(dose.restSeconds, at + ".restSeconds"),
                    side(required(dose.side, at + ".side"), at + ".side"),
                    range(dose.timesPerDay, at + ".timesPerDay"),
                    new HashSet<>(dose.defaults == null ? List.of() : dose.defaults));
            return new ProgramItem(
                    exercise, read, required(file.daysPerWeek, path + ".daysPerWeek"), orEmpty(file.note));
        } catch (IllegalArgumentException e) {
            throw new ProgramFileProblem(path + ": " + e.getMessage());
        }
    }

    private static IntRange range(JsonNode node, String path) throws ProgramFileProblem {
        if (node != null && node.isInt()) {
            return IntRange.exactly(node.intValue());
        }
        if (node != null
                && node.isObject()
                && node.size() == 2
                && node.path("min").isInt()
                && node.path("max").isInt()) {
            return new IntRange(node.get("min").intValue(), node.get("max").intValue());
        }
        throw new ProgramFileProblem("'" + path + "' must be a whole number or {\"min\": …, \"max\": …}");
    }

    private static Side side(String text, String path) throws ProgramFileProblem {
        for (Side side : Side.values()) {
            if (side.name().toLowerCase(Locale.ROOT).equals(text)) {
                return side;
            }
        }
        throw new ProgramFileProblem("'" + path + "' must be none, each or alternate");
    }

    private static LocalDate date(String text, String path) throws ProgramFileProblem {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ProgramFileProblem("'" + path + "' must be a date like 2026-03-31");
        }
    }

    private static <T> T required(T value, String path) throws ProgramFileProblem {
        if (value == null) {
            throw new ProgramFileProblem("'" + path + "' is missing");
        }
        return value;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
