package org.physiokiosk.ui.builder;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ProgramTemplate;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;

/**
 * A new program from a template: its exercises with the template's doses and notes in the handout's
 * language. A thin adapter until the program package offers this; exercises the catalog lacks are skipped.
 */
final class TemplateStart {

    private TemplateStart() {
    }

    static Program program(ProgramTemplate template, Catalog catalog, LocalDate today, String language, String therapist) {
        List<ProgramItem> items = template.items().stream()
                .filter(item -> catalog.exercise(item.exercise()).isPresent())
                .map(item -> new ProgramItem(item.exercise(),
                        item.dose().applyTo(catalog.exercise(item.exercise()).orElseThrow().dose()),
                        ProgramItem.DAYS_PER_WEEK_LIMIT.max(), item.note().map(note -> note.in(language)).orElse("")))
                .toList();
        return new Program(Optional.empty(), 0, template.title().in(language), Optional.empty(), therapist, today,
                Optional.empty(), "", language, items);
    }
}
