package org.physiokiosk.ui.shell;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.physiokiosk.program.KioskProgram;
import org.physiokiosk.ui.condition.ConditionTab;

/**
 * What the kiosk remembers about the patient in front of it, and only for as long as they are there: which
 * complaints' warning signs they said do not apply, where they were on each complaint page, which exercises'
 * cautions they have read to the end, and the program their code opened. The idle
 * reset throws the whole object away, so nothing of one patient reaches the next.
 */
final class Visit {

    private final Set<String> safetyConfirmed = new HashSet<>();
    private final Map<String, ConditionTab> tabs = new HashMap<>();
    private final Set<String> cautionsRead = new HashSet<>();
    private KioskProgram program;

    Optional<KioskProgram> program() {
        return Optional.ofNullable(program);
    }

    void openProgram(KioskProgram opened) {
        program = opened;
    }

    boolean safetyConfirmed(String conditionId) {
        return safetyConfirmed.contains(conditionId);
    }

    void confirmSafety(String conditionId) {
        safetyConfirmed.add(conditionId);
    }

    ConditionTab tabOf(String conditionId) {
        return tabs.getOrDefault(conditionId, ConditionTab.WARNINGS);
    }

    void rememberTab(String conditionId, ConditionTab tab) {
        tabs.put(conditionId, tab);
    }

    /** Whether the patient has had this exercise's cautions on screen to their end during this visit. */
    boolean cautionsRead(String exerciseId) {
        return cautionsRead.contains(exerciseId);
    }

    void rememberCautionsRead(String exerciseId) {
        cautionsRead.add(exerciseId);
    }
}
