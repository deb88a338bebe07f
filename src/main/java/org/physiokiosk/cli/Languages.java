package org.physiokiosk.cli;

import java.util.TreeSet;
import org.physiokiosk.common.Language;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The languages a {@code --lang} option accepts: those PhysioKiosk speaks ({@link Language}). */
final class Languages {

    private Languages() {}

    /** {@code code} when it is known; otherwise a usage error (exit code 2) naming the known ones. */
    static String check(CommandLine commandLine, String option, String code) {
        if (!Language.isSupported(code)) {
            throw new ParameterException(
                    commandLine,
                    "Unknown language '" + code + "' for " + option + "; expected one of: "
                            + String.join(", ", new TreeSet<>(Language.codes())));
        }
        return code;
    }
}
