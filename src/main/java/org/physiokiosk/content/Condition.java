package org.physiokiosk.content;

import java.util.List;

/** A complaint a patient can pick on the kiosk, with what it is, what helps and when to get help. */
public record Condition(
        String id,
        LocalizedText title,
        LocalizedText summary,
        List<LocalizedText> whatItIs,
        List<LocalizedText> symptoms,
        List<LocalizedText> causes,
        List<LocalizedText> whatHelps,
        List<String> exercises,
        List<String> redFlags,
        List<String> sources) {

    public Condition {
        whatItIs = List.copyOf(whatItIs);
        symptoms = List.copyOf(symptoms);
        causes = List.copyOf(causes);
        whatHelps = List.copyOf(whatHelps);
        exercises = List.copyOf(exercises);
        redFlags = List.copyOf(redFlags);
        sources = List.copyOf(sources);
    }
}
