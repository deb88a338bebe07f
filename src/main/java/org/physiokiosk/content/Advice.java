package org.physiokiosk.content;

import java.util.List;

/** One piece of general advice for exercising and daily life. */
public record Advice(String id, LocalizedText text, List<String> sources) {

    public Advice {
        sources = List.copyOf(sources);
    }
}
