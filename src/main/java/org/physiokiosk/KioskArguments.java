package org.physiokiosk;

import java.nio.file.Path;
import java.util.Optional;
import org.physiokiosk.common.Language;
import org.physiokiosk.kiosk.LaunchOptions;

/**
 * The kiosk's own start-up options read by hand, so a plain start ({@code java -jar physio-kiosk.jar [--kiosk]
 * [--therapist] [--lang L] [--content DIR] [--home DIR]}) does not build picocli's whole command model first: that cost
 * about 0.3 s before the window on a 2-core PC (docs/benchmarks.md). Anything else (a command, --help,
 * --version, a misspelt or incomplete option) is left to picocli, which explains it properly.
 */
final class KioskArguments {

    private KioskArguments() {}

    /** The launch options when {@code args} hold only the kiosk's options, well formed; otherwise empty. */
    static Optional<LaunchOptions> parse(String... args) {
        boolean kiosk = false, therapist = false;
        Optional<String> language = Optional.empty();
        Optional<Path> content = Optional.empty();
        Optional<Path> home = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean inline = arg.contains("=");
            if (!inline && (arg.equals("--kiosk") || arg.equals("--therapist"))) {
                kiosk |= arg.equals("--kiosk");
                therapist |= arg.equals("--therapist");
                continue;
            }
            if (!name.equals("--lang") && !name.equals("--content") && !name.equals("--home")) {
                return Optional.empty();
            }
            String value;
            if (inline) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (value.isBlank()) {
                return Optional.empty(); // picocli says it is empty; as a path it would be the working folder
            }
            if (name.equals("--lang")) {
                if (!Language.isSupported(value)) {
                    return Optional
                            .empty(); // picocli names the languages there are; the kiosk must not start in another
                }
                language = Optional.of(value);
            } else if (name.equals("--home")) {
                home = Optional.of(Path.of(value));
            } else {
                content = Optional.of(Path.of(value));
            }
        }
        return Optional.of(new LaunchOptions(kiosk, content, language, therapist, home));
    }
}
