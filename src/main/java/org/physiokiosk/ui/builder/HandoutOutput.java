package org.physiokiosk.ui.builder;

import java.io.IOException;
import org.physiokiosk.program.Program;

/**
 * Where the builder's handouts go: the PDF bytes (for the preview and the export) and the printer. The
 * shell wires the handout package behind it; both calls block and run on a worker thread.
 */
public interface HandoutOutput {

    /** The handout PDF; an {@link UnsupportedOperationException} means this build has no renderer yet. */
    byte[] pdf(Program program) throws IOException;

    void print(Program program) throws Exception;
}
