package org.physiokiosk.content;

import java.util.ArrayList;
import java.util.List;

/** Builds a {@link ProgramTemplate} from its file. */
final class TemplateReader {

    private TemplateReader() {}

    static ProgramTemplate read(JsonFields f) {
        String id = f.id();
        LocalizedText title = f.text("title");
        var description = f.optionalText("description");
        List<ProgramTemplate.Item> items = new ArrayList<>();
        for (JsonFields item : f.objects("items", true)) {
            String exercise = item.string("exercise");
            DoseOverride dose = item.optionalObject("dose")
                    .map(ExerciseReader::readOverride)
                    .orElse(DoseOverride.NONE);
            var note = item.optionalText("note");
            if (exercise != null) {
                items.add(new ProgramTemplate.Item(exercise, dose, note));
            }
        }
        List<String> sources = f.idList("sources", true);
        return id == null || title == null ? null : new ProgramTemplate(id, title, description, items, sources);
    }
}
