package org.physiokiosk.ui.code;

/** The style classes of the code screens (code.css). */
final class CodeStyle {

    static final String SCREEN = "pk-code-screen";
    static final String FIELD = "pk-code-field";
    /** On the field while it shows a code the store did not know. */
    static final javafx.css.PseudoClass NOT_FOUND = javafx.css.PseudoClass.getPseudoClass("not-found");

    static final String MESSAGE = "pk-code-message";
    static final String PAD = "pk-code-pad";
    static final String KEYPAD = "pk-code-keypad";
    static final String KEY = "pk-code-key";
    static final String WIDE_KEY = "pk-code-wide-key";
    static final String ACTIONS = "pk-code-actions";
    static final String PROGRAM_LIST = "pk-code-program-list";
    static final String PROGRAM_ITEM = "pk-code-program-item";
    static final String PROGRAM_NOTE = "pk-code-program-note";
    /** The quiet row of an exercise on the patient's paper that this kiosk does not hold. */
    static final String PROGRAM_MISSING = "pk-code-program-missing";

    private CodeStyle() {}
}
