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

    public static KioskProgram of(Program program) {
        return new KioskProgram(program.title(), program.language(), program.instructions(), program.items());
    }
}
