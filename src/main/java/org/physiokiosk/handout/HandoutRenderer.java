package org.physiokiosk.handout;

import java.io.IOException;
import java.io.OutputStream;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.program.Program;

/**
 * Writes a program as an A4 handout PDF (PDF/A-2b and PDF/UA-1) in the program's language: per exercise its
 * drawings, steps, dose line, note and cautions; red flags, advice and the stop rule; an adherence log.
 * The same bytes are exported, previewed and printed.
 */
public final class HandoutRenderer {

    private final Catalog catalog;
    private final HandoutSettings settings;

    public HandoutRenderer(Catalog catalog, HandoutSettings settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    /** Writes the handout; the stream is not closed. */
    public void write(Program program, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("not yet built: " + catalog.exercises().size() + settings);
    }
}
