package org.physiokiosk.ui.builder;

/** Style class names of the builder's parts; their look is in builder.css. */
final class BuilderStyle {

    static final String SCREEN = "pk-builder";
    static final String TOOLBAR = "pk-builder-toolbar";
    static final String TOOL_BUTTON = "pk-tool-button";
    static final String PRIMARY = "pk-tool-primary";
    static final String COLUMN = "pk-builder-column";
    static final String SIDE = "pk-builder-side";
    static final String COLUMN_TITLE = "pk-builder-column-title";
    static final String FIELD = "pk-field";
    static final String FIELD_CAPTION = "pk-field-caption";
    static final String DOSE_INPUT = "pk-dose-input";
    static final String PROBLEM = "pk-field-problem";
    static final String ITEM = "pk-item";
    static final String ITEM_TITLE = "pk-item-title";
    static final String ITEM_NUMBER = "pk-item-number";
    static final String ITEM_DROP = "pk-item-drop";
    static final String SMALL_BUTTON = "pk-small-button";
    static final String STATUS = "pk-builder-status";
    static final String STATUS_LINE = "pk-builder-status-line";
    static final String STATUS_ERROR = "pk-builder-status-error";
    static final String HINT = "pk-builder-hint";
    static final String ALERT = "pk-builder-alert";
    static final String ALERT_TEXT = "pk-builder-alert-text";
    static final String LIBRARY_CELL_TITLE = "pk-library-title";
    static final String LIBRARY_CELL_TEXT = "pk-library-text";
    static final String PREVIEW_PAGE = "pk-preview-page";
    static final String PREVIEW_PAGES = "pk-preview-pages";
    static final String CODE_BOX = "pk-builder-code-box";
    static final String CODE = "pk-builder-code";
    static final String LENGTH_COUNT = "pk-length-count";
    static final String NOTICE_TEXT = "pk-notice-text";
    /** A text past its cap (LengthCounter). */
    static final String TOO_LONG = "pk-too-long";

    static final String REPEAT = "pk-item-repeat";
    /** The saved list's line about files it could not read, with its show/hide button. */
    static final String UNREADABLE_HEAD = "pk-saved-problems-head";

    private BuilderStyle() {}
}
