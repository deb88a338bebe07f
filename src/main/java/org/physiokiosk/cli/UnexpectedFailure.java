package org.physiokiosk.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What a command that fails in a way nobody foresaw prints: one line naming the command and the error, never
 * picocli's default stack trace (a clinic's IT person reads "at java.base/..." as "the program is broken" and
 * cannot tell what to change). Exit code 1, as for any input the command could not use.
 */
final class UnexpectedFailure implements IExecutionExceptionHandler {

    static final int EXIT_CODE = 1;

    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getCommandSpec().qualifiedName() + ": stopped by an unexpected error ("
                + describe(error) + "). Please report this line.");
        err.flush();
        return EXIT_CODE;
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        String kind = error.getClass().getSimpleName();
        return message == null || message.isBlank()
                ? kind
                : kind + ": " + message.lines().findFirst().orElse("");
    }
}
