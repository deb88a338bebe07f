package org.physiokiosk.content;

import java.util.List;
import java.util.Optional;

/**
 * A sign that a patient must get help rather than exercise, and how urgently. {@code text} names the sign;
 * what to do follows from the urgency, and {@code action} adds what is particular to this sign.
 */
public record RedFlag(
        String id, Urgency urgency, LocalizedText text, Optional<LocalizedText> action, List<String> sources) {

    public RedFlag {
        sources = List.copyOf(sources);
    }
}
