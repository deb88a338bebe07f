package org.physiokiosk.ui.builder;

import java.util.Optional;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.Program;

/**
 * Which kiosk code a handout may carry. The code opens the program as it is stored; printed on a handout of a
 * program with unsaved changes, it sent the patient home with one dose on paper while the kiosk played another
 * (hostile walk F13). So the code goes on the paper only when it is the saved program's own code and the
 * program on the desk is exactly what was saved. The preview, the PDF and the print all ask here.
 */
final class HandoutCode {

    private HandoutCode() {}

    static Optional<IssuedCode> of(Optional<IssuedCode> current, Program program, boolean unsaved) {
        if (unsaved) {
            return Optional.empty();
        }
        return current.filter(
                issued -> program.id().filter(issued.programId()::equals).isPresent());
    }

    /** True when there is a code that this handout leaves off because of unsaved changes: worth a word. */
    static boolean leftOff(Optional<IssuedCode> current, Program program, boolean unsaved) {
        return unsaved && of(current, program, false).isPresent();
    }
}
