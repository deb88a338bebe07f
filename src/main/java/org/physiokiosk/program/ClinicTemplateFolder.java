package org.physiokiosk.program;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.physiokiosk.common.FileErrors;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.DoseOverride;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.content.ProgramTemplate;

/**
 * Saves a therapist's program as a template in the clinic's content folder ({@code programs/<id>.json}, the
 * content format), so it loads through the normal content loader and {@code validate} checks it like any
 * clinic file. The patient, dates and days per week are not part of a template.
 */
public final class ClinicTemplateFolder {

    static final String PREFIX = "clinic-";

    private final Path contentFolder;
    private final AtomicFile files;
    private final Supplier<String> newIds;

    public ClinicTemplateFolder(Path contentFolder) {
        this(contentFolder, new AtomicFile(AtomicFile.SYNCED), () -> PREFIX + FileProgramStore.randomId());
    }

    ClinicTemplateFolder(Path contentFolder, AtomicFile files, Supplier<String> newIds) {
        this.contentFolder = contentFolder;
        this.files = files;
        this.newIds = newIds;
    }

    /**
     * Saves under a new random id ("clinic-…"), never one made from the title. The program needs a title and
     * at least one exercise, all in {@code catalog} (else IllegalArgumentException).
     */
    public ProgramTemplate saveAsTemplate(Program program, Catalog catalog) throws ProgramStoreException {
        String id = newIds.get();
        while (Files.exists(fileOf(id))) {
            id = newIds.get();
        }
        return saveAsTemplate(program, catalog, id);
    }

    /** Saves under {@code templateId}, replacing a clinic template of that id. */
    public ProgramTemplate saveAsTemplate(Program program, Catalog catalog, String templateId)
            throws ProgramStoreException {
        if (!FileProgramStore.isId(templateId)) {
            throw new ProgramStoreException("'" + templateId + "' is not a template id");
        }
        ProgramTemplate template = ProgramTemplates.toTemplate(program, templateId, catalog);
        Path file = fileOf(templateId);
        try {
            Files.createDirectories(file.getParent());
            files.write(file, json(template));
            return template;
        } catch (IOException e) {
            throw new ProgramStoreException(
                    "could not save " + file + " (the previous version is kept): " + FileErrors.describe(e), e);
        }
    }

    private Path fileOf(String id) {
        return contentFolder.resolve("programs").resolve(id + ".json");
    }

    static byte[] json(ProgramTemplate template) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", ProgramJson.SCHEMA_VERSION);
        root.put("id", template.id());
        root.set("title", text(template.title()));
        template.description().ifPresent(description -> root.set("description", text(description)));
        ArrayNode items = root.putArray("items");
        for (ProgramTemplate.Item item : template.items()) {
            ObjectNode node = items.addObject();
            node.put("exercise", item.exercise());
            if (!item.dose().equals(DoseOverride.NONE)) {
                node.set("dose", dose(item.dose()));
            }
            item.note().ifPresent(note -> node.set("note", text(note)));
        }
        ArrayNode sources = root.putArray("sources");
        template.sources().forEach(sources::add);
        try {
            return ProgramJson.MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a template always maps to JSON", e);
        }
    }

    private static ObjectNode dose(DoseOverride dose) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        dose.reps().ifPresent(reps -> node.set("reps", ProgramFileMapping.range(reps)));
        dose.sets().ifPresent(sets -> node.put("sets", sets));
        dose.holdSeconds().ifPresent(hold -> node.set("holdSeconds", ProgramFileMapping.range(hold)));
        dose.restSeconds().ifPresent(rest -> node.put("restSeconds", rest));
        dose.side().ifPresent(side -> node.put("side", side.name().toLowerCase(Locale.ROOT)));
        dose.timesPerDay().ifPresent(times -> node.set("timesPerDay", ProgramFileMapping.range(times)));
        return node;
    }

    /** Dutch first, as in the bundled files. */
    private static ObjectNode text(LocalizedText text) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put(LocalizedText.REFERENCE_LANGUAGE, text.in(LocalizedText.REFERENCE_LANGUAGE));
        text.values().entrySet().stream()
                .filter(e -> !e.getKey().equals(LocalizedText.REFERENCE_LANGUAGE))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> node.put(e.getKey(), e.getValue()));
        return node;
    }
}
