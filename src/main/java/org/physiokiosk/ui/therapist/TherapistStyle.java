package org.physiokiosk.ui.therapist;

/** Style class names of the PIN gate; their look is in builder.css. */
final class TherapistStyle {

    static final String PIN_SCREEN = "pk-pin-screen";
    static final String PIN_PAD = "pk-pin-pad";
    static final String PIN_FIELD = "pk-pin-field";
    static final String PIN_DISPLAY = "pk-pin-display";
    static final String PIN_MARK = "pk-pin-mark";
    static final String PIN_MESSAGE = "pk-pin-message";
    static final String PIN_PROBLEM = "pk-pin-problem";
    static final String PIN_ACTIONS = "pk-pin-actions";
    static final String PIN_BACK = "pk-pin-back";
    static final String KEYPAD = "pk-keypad";
    static final String KEY = "pk-key";
    static final String STAFF_CHOICE = "pk-staff-choice";
    static final String PIN_FORM = "pk-pin-form";
    static final String FORM_BESIDE_DIGITS = "pk-setup-body";

    private TherapistStyle() {}
}
