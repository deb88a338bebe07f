package org.physiokiosk.content;

import java.util.List;

/** A sign that a patient must get help rather than exercise, and how urgently. */
public record RedFlag(String id, Urgency urgency, LocalizedText text, List<String> sources) {

    public RedFlag {
        sources = List.copyOf(sources);
    }
}
