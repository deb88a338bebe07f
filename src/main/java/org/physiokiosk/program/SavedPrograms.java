package org.physiokiosk.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The desk's list of saved programs, newest first, each with the code that works today, and the files that
 * could not be read. A code that cannot be looked up leaves its program listed without one: the list is for
 * finding a program, and the code pane says more once it is open.
 */
public record SavedPrograms(List<SavedProgram> programs, List<ProgramStore.Unreadable> unreadable, int codesNotRead) {

    public SavedPrograms {
        programs = List.copyOf(programs);
        unreadable = List.copyOf(unreadable);
    }

    /** Blocks on the store and the codes: call it off the FX thread. */
    public static SavedPrograms read(ProgramStore store, ProgramCodes codes, LocalDate today)
            throws ProgramStoreException {
        ProgramStore.Listing listing = store.list();
        List<SavedProgram> programs = new ArrayList<>();
        int codesNotRead = 0;
        for (ProgramStore.Summary summary : listing.programs().stream()
                .sorted(ProgramStore.Summary.NEWEST_FIRST)
                .toList()) {
            Optional<ProgramCode> code = Optional.empty();
            try {
                code = codes.currentCode(summary.id())
                        .filter(issued -> issued.worksOn(today))
                        .map(IssuedCode::code);
            } catch (ProgramStoreException e) {
                codesNotRead++;
            }
            programs.add(new SavedProgram(summary, code));
        }
        return new SavedPrograms(programs, listing.unreadable(), codesNotRead);
    }

    public List<SavedProgram> matching(String typed) {
        return programs.stream().filter(program -> program.matches(typed)).toList();
    }
}
