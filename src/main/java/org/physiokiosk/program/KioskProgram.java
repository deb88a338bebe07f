package org.physiokiosk.program;

import java.util.List;

/**
 * What the kiosk may know of a program: what to do and how much, in the therapist's words to the patient.
 * No patient name, no therapist name, no dates, no store id: the kiosk stands in a waiting room.
 */
public record KioskProgram(String title, String language, String instructions, List<ProgramItem> items) {

    public KioskProgram {
        items = List.copyOf(items);
    }

    /** Leaves out or masks the patient's name where the therapist wrote it into the title, instructions or notes. */
    public static KioskProgram of(Program program) {
        Program safe = PatientNameCheck.kioskSafe(program);
        return new KioskProgram(safe.title(), safe.language(), safe.instructions(), safe.items());
    }
}
