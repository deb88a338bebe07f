package org.physiokiosk.handout;

import java.util.List;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.RedFlag;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;

/**
 * The red flags a handout prints: those of every condition that uses one of the program's exercises, most
 * urgent first. A program of only a clinic's own exercises matches no condition; it still gets every
 * emergency flag of the catalog, because the signs that need help at once (numbness, loss of bladder
 * control, a weak leg) hold for any back complaint. See docs/decisions/0008-handout-layout-safety-printing.md.
 */
final class ProgramRedFlags {

    private ProgramRedFlags() {}

    static List<RedFlag> of(Catalog catalog, Program program) {
        return catalog.redFlagsForExercises(
                program.items().stream().map(ProgramItem::exercise).toList());
    }
}
