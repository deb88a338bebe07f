package org.physiokiosk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Hands options written before a subcommand to that subcommand. Without this, picocli keeps them on the
 * top command, and {@code --content DIR validate} checked only the bundled content and exited 0: a clinic
 * would believe its folder was fine. An option the subcommand does not have ({@code --kiosk validate}), or
 * one given on both sides, is a usage error (exit code 2).
 */
final class TopOptionsForwarding {

    private TopOptionsForwarding() {}

    static int execute(ParseResult top) {
        ParseResult sub = top.subcommand();
        if (sub != null) {
            for (OptionSpec option : top.matchedOptions()) {
                if (option.usageHelp() || option.versionHelp()) {
                    continue;
                }
                forward(top, sub, option);
            }
        }
        return new CommandLine.RunLast().execute(top);
    }

    private static void forward(ParseResult top, ParseResult sub, OptionSpec option) {
        String name = option.longestName();
        String command = sub.commandSpec().name();
        OptionSpec target = sub.commandSpec().findOption(name);
        if (target == null) {
            throw new ParameterException(
                    top.commandSpec().commandLine(),
                    "Option '" + name + "' does not apply to '" + command
                            + "'; it only applies when no command is given (opening the kiosk)");
        }
        if (sub.hasMatchedOption(name)) {
            throw new ParameterException(
                    sub.commandSpec().commandLine(),
                    "Option '" + name + "' is given both before and after '" + command + "'; give it once");
        }
        target.setValue(option.getValue());
    }
}
