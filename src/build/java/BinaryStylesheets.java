import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import javafx.css.Stylesheet;

/**
 * Build step (process-classes, see pom.xml): writes a binary copy ({@code .bss}) next to every stylesheet in the
 * given folder. JavaFX's StyleManager loads {@code x.bss} instead of parsing {@code x.css} when both are there,
 * as it does for its own modena stylesheet: the kiosk then starts without the CSS lexer and parser (about 60
 * classes, and the JIT's work on a lexer loop) on its way to the first window. The {@code .css} files stay the
 * source; {@code mvn} writes the copies again on every build, so they cannot lag behind.
 */
public final class BinaryStylesheets {

    public static void main(String[] args) throws IOException {
        File folder = new File(args[0]);
        File[] sheets = folder.listFiles((dir, name) -> name.endsWith(".css"));
        if (sheets == null || sheets.length == 0) {
            throw new IOException("no stylesheets in " + folder);
        }
        Arrays.sort(sheets);
        for (File css : sheets) {
            String name = css.getName();
            File bss = new File(folder, name.substring(0, name.length() - ".css".length()) + ".bss");
            Stylesheet.convertToBinary(css, bss);
        }
        System.out.println("[binary stylesheets] " + sheets.length + " written in " + folder);
    }
}
