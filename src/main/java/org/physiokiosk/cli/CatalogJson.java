package org.physiokiosk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Optional;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.JsonName;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.content.ProgramTemplate;
import org.physiokiosk.content.Source;
import org.physiokiosk.content.Step;

/**
 * The catalog as the JSON that {@code list --json} prints. Other tools read this: its shape is documented
 * in docs/list-json.md and changes only by adding fields. Numbers that a source may give as a range are
 * always {@code {"min": a, "max": b}}, so readers never meet two shapes for one field.
 */
final class CatalogJson {

    static final int FORMAT_VERSION = 1;

    private final ObjectMapper mapper;

    CatalogJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode of(Catalog catalog) {
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        ArrayNode exercises = root.putArray("exercises");
        catalog.exercises().values().forEach(e -> exercises.add(exercise(e)));
        ArrayNode conditions = root.putArray("conditions");
        catalog.conditions().values().forEach(c -> conditions.add(condition(catalog, c)));
        ArrayNode templates = root.putArray("templates");
        catalog.templates().values().forEach(t -> templates.add(template(t)));
        ArrayNode sources = root.putArray("sources");
        catalog.sources().values().forEach(s -> sources.add(source(s)));
        return root;
    }

    private ObjectNode exercise(Exercise e) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", e.id());
        node.set("title", text(e.title()));
        node.set("summary", text(e.summary()));
        names(
                node.putArray("regions"),
                e.regions().stream().map(JsonName::of).sorted().toList());
        node.put("category", JsonName.of(e.category()));
        node.put("startPosition", JsonName.of(e.startPosition()));
        names(
                node.putArray("equipment"),
                e.equipment().stream().map(JsonName::of).sorted().toList());
        names(node.putArray("sources"), e.sources());
        names(node.putArray("variants"), e.variants());
        node.set("dose", dose(e.dose()));
        ArrayNode steps = node.putArray("steps");
        e.steps().forEach(step -> steps.add(step(step)));
        return node;
    }

    private ObjectNode dose(Dose dose) {
        ObjectNode node = mapper.createObjectNode();
        node.set("reps", range(dose.reps()));
        node.put("sets", dose.sets());
        node.set("holdSeconds", range(dose.holdSeconds()));
        node.put("restSeconds", dose.restSeconds());
        node.put("side", JsonName.of(dose.side()));
        node.set("timesPerDay", range(dose.timesPerDay()));
        names(
                node.putArray("defaults"),
                Dose.FIELDS.stream().filter(dose::isDefault).toList());
        return node;
    }

    private ObjectNode step(Step step) {
        ObjectNode node = mapper.createObjectNode();
        node.set("text", text(step.text()));
        node.put("pose", step.pose());
        node.put("breath", step.breath().map(JsonName::of).orElse(null));
        node.put("seconds", step.seconds());
        node.put("holdSeconds", step.holdSeconds());
        node.put("setup", step.setup());
        node.put("mirror", step.mirror());
        return node;
    }

    private ObjectNode condition(Catalog catalog, Condition c) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", c.id());
        node.set("title", text(c.title()));
        names(node.putArray("exercises"), c.exercises());
        ArrayNode flags = node.putArray("redFlags");
        catalog.redFlagsOf(c).forEach(flag -> {
            ObjectNode f = flags.addObject();
            f.put("id", flag.id());
            f.put("urgency", JsonName.of(flag.urgency()));
            f.set("text", text(flag.text()));
            f.set("action", flag.action().map(this::text).orElse(null));
        });
        names(node.putArray("sources"), c.sources());
        return node;
    }

    private ObjectNode template(ProgramTemplate t) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", t.id());
        node.set("title", text(t.title()));
        names(
                node.putArray("exercises"),
                t.items().stream().map(ProgramTemplate.Item::exercise).toList());
        names(node.putArray("sources"), t.sources());
        return node;
    }

    private ObjectNode source(Source s) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", s.id());
        node.put("title", s.title());
        node.put("kind", JsonName.of(s.kind()));
        optional(node, "publisher", s.publisher());
        optional(node, "author", s.author());
        optional(node, "reviewer", s.reviewer());
        optional(node, "basedOn", s.basedOn());
        optional(node, "date", s.date());
        return node;
    }

    private ObjectNode text(LocalizedText text) {
        ObjectNode node = mapper.createObjectNode();
        text.languages().stream().sorted().forEach(language -> node.put(language, text.in(language)));
        return node;
    }

    private ObjectNode range(IntRange range) {
        ObjectNode node = mapper.createObjectNode();
        node.put("min", range.min());
        node.put("max", range.max());
        return node;
    }

    private static void names(ArrayNode array, Collection<String> names) {
        names.forEach(array::add);
    }

    private static void optional(ObjectNode node, String field, Optional<String> value) {
        node.put(field, value.orElse(null));
    }
}
