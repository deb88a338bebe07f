package org.physiokiosk.content;

import java.util.List;
import java.util.Optional;

/** A ready-made home program that a therapist can start from. */
public record ProgramTemplate(
        String id, LocalizedText title, Optional<LocalizedText> description, List<Item> items, List<String> sources) {

    public ProgramTemplate {
        items = List.copyOf(items);
        sources = List.copyOf(sources);
    }

    /** One exercise of the template, with the dose fields the template changes and an optional note. */
    public record Item(String exercise, DoseOverride dose, Optional<LocalizedText> note) {}
}
