package org.physiokiosk.content;

import java.util.Optional;

/** A source text the content is written from. Optional fields are empty when the source names none. */
public record Source(
        String id,
        String title,
        SourceKind kind,
        Optional<String> publisher,
        Optional<String> author,
        Optional<String> reviewer,
        Optional<String> basedOn,
        Optional<String> date) {}
