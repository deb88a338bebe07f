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

    /** How a print ended when it did not fail. */
    enum Printed {
        /** Handed to the printer chosen in the system print dialog. */
        SENT,
        /** The therapist closed the print dialog without printing. */
        CANCELLED
    }

    /** Thrown by {@link #print} when the computer has no printer set up: the builder says so plainly. */
    final class NoPrinterException extends Exception {
        private static final long serialVersionUID = 1L;

        public NoPrinterException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The handout PDF; an {@link UnsupportedOperationException} means this build has no renderer yet. */
    byte[] pdf(Program program) throws IOException;

    /** The system print dialog, then the same PDF as {@link #pdf} on the printer chosen there. */
    Printed print(Program program) throws Exception;

    /** The handout with the program's kiosk code on page 1; an output that cannot print codes leaves it out. */
    default byte[] pdf(Program program, Optional<IssuedCode> kioskCode) throws IOException {
        return pdf(program);
    }

    default Printed print(Program program, Optional<IssuedCode> kioskCode) throws Exception {
        return print(program);
    }
}
