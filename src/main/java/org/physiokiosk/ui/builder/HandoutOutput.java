package org.physiokiosk.ui.builder;

import java.io.IOException;
import java.util.Optional;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.Program;

/**
 * Where the builder's handouts go: the PDF bytes (for the preview and the export) and the printer. The
 * shell wires the handout package behind it; both calls block and run on a worker thread.
 */
public interface HandoutOutput {

    /** The handout PDF; an {@link UnsupportedOperationException} means this build has no renderer yet. */
    byte[] pdf(Program program) throws IOException;

    void print(Program program) throws Exception;

    /** The handout with the program's kiosk code on page 1; an output that cannot print codes leaves it out. */
    default byte[] pdf(Program program, Optional<IssuedCode> kioskCode) throws IOException {
        return pdf(program);
    }

    default void print(Program program, Optional<IssuedCode> kioskCode) throws Exception {
        print(program);
    }
}
