package org.physiokiosk.handout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.content.RedFlag;
import org.physiokiosk.content.Urgency;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;

/**
 * The red flags a handout prints: those of every condition that uses one of the program's exercises, most
 * urgent first. A program of only a clinic's own exercises matches no condition; it still gets every
 * emergency flag of the catalog, because the signs that need help at once (numbness, loss of bladder
 * control, a weak leg) hold for any back complaint. See docs/decisions/0008-handout-layout-safety-printing.md.
 */
final class ProgramRedFlags {

    private ProgramRedFlags() {
    }

    static List<RedFlag> of(Catalog catalog, Program program) {
        Set<String> exercises = new LinkedHashSet<>();
        for (ProgramItem item : program.items()) {
            exercises.add(item.exercise());
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Condition condition : catalog.conditions().values()) {
            if (condition.exercises().stream().anyMatch(exercises::contains)) {
                ids.addAll(condition.redFlags());
            }
        }
        List<RedFlag> flags = new ArrayList<>();
        if (ids.isEmpty()) {
            catalog.redFlags().values().stream().filter(flag -> flag.urgency() == Urgency.EMERGENCY).forEach(flags::add);
        } else {
            ids.stream().map(catalog.redFlags()::get).filter(flag -> flag != null).forEach(flags::add);
        }
        flags.sort((a, b) -> a.urgency().compareTo(b.urgency()));
        return flags;
    }
}
