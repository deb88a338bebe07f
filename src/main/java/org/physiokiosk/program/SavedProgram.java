package org.physiokiosk.program;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A saved program as the desk's list shows it: its summary and the kiosk code that works today, if it has one.
 * Its search text (title, patient, code with and without the dash) is folded once, so typing only scans it.
 */
public record SavedProgram(ProgramStore.Summary summary, Optional<ProgramCode> code, String searchText) {

    public SavedProgram(ProgramStore.Summary summary, Optional<ProgramCode> code) {
        this(summary, code, searchTextOf(summary, code));
    }

    /** Every word typed is somewhere in the title, the patient or the code ("jan rug", "xup5bte3", "XUP5-B"). */
    public boolean matches(String typed) {
        String folded = LibrarySearch.fold(typed);
        if (folded.isEmpty()) {
            return true;
        }
        for (String word : folded.split(" ")) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Spaces around every text, so a word never runs on from the title into the patient's name. */
    private static String searchTextOf(ProgramStore.Summary summary, Optional<ProgramCode> code) {
        Stream<String> texts = Stream.concat(
                Stream.of(summary.title(), summary.patient().orElse("")),
                code.stream().flatMap(c -> Stream.of(c.value(), c.grouped())));
        return texts.map(LibrarySearch::fold).collect(Collectors.joining(" ", " ", " "));
    }

    @Override
    public String toString() {
        return "SavedProgram[" + summary.id() + "]"; // no title or patient in a log line by accident
    }
}
