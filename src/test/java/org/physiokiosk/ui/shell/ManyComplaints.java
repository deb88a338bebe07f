package org.physiokiosk.ui.shell;

import java.util.HashMap;
import java.util.Map;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.content.LocalizedText;

/** A catalog with a dozen complaints, some with long names, made from one real complaint. */
final class ManyComplaints {

    private ManyComplaints() {}

    static Catalog of(Catalog base, int count) {
        Condition model = base.conditions().values().iterator().next();
        Map<String, Condition> conditions = new HashMap<>();
        for (int i = 1; i <= count; i++) {
            String id = "complaint-%02d".formatted(i);
            String nl = i % 3 == 0
                    ? "Klacht %d met een heel lange naam die over meerdere regels moet lopen".formatted(i)
                    : "Klacht %d".formatted(i);
            String en = i % 3 == 0
                    ? "Complaint %d with a very long name that has to run over several lines".formatted(i)
                    : "Complaint %d".formatted(i);
            conditions.put(
                    id,
                    new Condition(
                            id,
                            text(nl, en),
                            model.summary(),
                            model.whatItIs(),
                            model.symptoms(),
                            model.causes(),
                            model.whatHelps(),
                            model.exercises(),
                            model.redFlags(),
                            model.sources()));
        }
        return LongClinicContent.with(base, base.exercises(), conditions);
    }

    private static LocalizedText text(String nl, String en) {
        return LocalizedText.of(nl, en);
    }
}
