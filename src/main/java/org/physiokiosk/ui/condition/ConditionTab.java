package org.physiokiosk.ui.condition;

/** The parts of a complaint page, in the order of their buttons; the warning signs come first. */
public enum ConditionTab {
    WARNINGS("condition.tab.warnings"),
    ABOUT("condition.tab.about"),
    HELPS("condition.tab.helps"),
    EXERCISES("condition.tab.exercises");

    private final String messageKey;

    ConditionTab(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The node id of the tab's button, e.g. {@code condition-tab-exercises}. */
    public String buttonId() {
        return "condition-tab-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
