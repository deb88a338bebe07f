package org.physiokiosk.content;

/** How fast a patient with a red flag must get help. Declared from most to least urgent. */
public enum Urgency {
    /** Get help at once: emergency department or out-of-hours GP. */
    EMERGENCY,
    /** Call the GP soon. */
    CONTACT_GP,
    /** See the GP if it lasts or does not improve. */
    SEE_GP_IF_PERSISTS
}
