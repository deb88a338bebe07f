package org.physiokiosk.ui.shell;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.physiokiosk.ui.condition.ConditionTab;

/**
 * What the kiosk remembers about the patient in front of it, and only for as long as they are there: which
 * complaints' warning signs they said do not apply, and where they were on each complaint page. The idle
 * reset throws the whole object away, so nothing of one patient reaches the next.
 */
final class Visit {

    private final Set<String> safetyConfirmed = new HashSet<>();
    private final Map<String, ConditionTab> tabs = new HashMap<>();

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
}
