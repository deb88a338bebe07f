package org.physiokiosk.ui.therapist;

/**
 * What a PIN gate opens, so that it says so: a gate that promises the builder but leads to the staff menu (the
 * kiosk's gate did) leaves staff unsure they are at the right door. Each names the message keys of its title, of
 * what the PIN is typed for, and of why it stays shut when no PIN is set.
 */
public enum GateOpens {

    /** The program builder: a desk PC's gate. */
    BUILDER("therapist.pin.title", "therapist.pin.prompt", "therapist.pin.notConfigured"),

    /** The kiosk's staff menu (build programs, change the PIN, close the kiosk): the long press's gate. */
    STAFF_MENU("staff.pin.title", "staff.pin.prompt", "staff.pin.notConfigured");

    private final String titleKey;
    private final String promptKey;
    private final String notConfiguredKey;

    GateOpens(String titleKey, String promptKey, String notConfiguredKey) {
        this.titleKey = titleKey;
        this.promptKey = promptKey;
        this.notConfiguredKey = notConfiguredKey;
    }

    String titleKey() {
        return titleKey;
    }

    String promptKey() {
        return promptKey;
    }

    String notConfiguredKey() {
        return notConfiguredKey;
    }
}
