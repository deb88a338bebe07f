package org.physiokiosk.content;

/**
 * One thing wrong with a content file, located as precisely as we can: line and column start at 1.
 * Printed the way compilers print, so editors and CI logs link straight to the spot.
 */
public record ContentProblem(String file, int line, int column, Severity severity, String message) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code path:line:column: error|warning: message}, always one line: invisible and control characters in the
     * path or message are written as {@code &#92;uXXXX}, so a file name or a text cannot fake or hide a line.
     */
    public String format() {
        return InvisibleCharacters.escape(file) + ":" + line + ":" + column + ": " + JsonName.of(severity) + ": "
                + InvisibleCharacters.escape(message);
    }
}
