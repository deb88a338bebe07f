package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The openbox configuration shipped for kiosks (src/packaging/linux/openbox-kiosk-rc.xml, docs/kiosk-lockdown.md)
 * leaves a patient no way past the kiosk: no key binding for the default's escapes, nothing on the root window,
 * and no action but focusing a window. For a file it cannot parse openbox puts an error box on the kiosk's screen, so
 * the file must be well-formed XML first (a "--" inside a comment is enough to break it). Checked without openbox,
 * as a file; what openbox did with it under Xvfb is in the document.
 */
class OpenboxKioskConfigTest {

    private static final Path FILE = Path.of("src/packaging/linux/openbox-kiosk-rc.xml");

    /** Openbox's default bindings that switch, close, hide or lower the window, open menus or start programs. */
    private static final List<String> ESCAPES = List.of(
            "A-Tab",
            "A-S-Tab",
            "C-A-Tab",
            "A-F4",
            "A-Escape",
            "A-space",
            "C-A-Left",
            "C-A-Right",
            "C-A-Up",
            "C-A-Down",
            "S-A-Left",
            "S-A-Right",
            "S-A-Up",
            "S-A-Down",
            "W-F1",
            "W-F2",
            "W-F3",
            "W-F4",
            "W-d",
            "W-e",
            "W-S-Left",
            "W-S-Right",
            "W-S-Up",
            "W-S-Down",
            "Print",
            "A-Print",
            "W-Tab",
            "W-space",
            "C-Escape");

    private static Document config;

    @BeforeAll
    static void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        config = factory.newDocumentBuilder().parse(FILE.toFile());
    }

    @Test
    void itIsOpenboxsConfigurationAndBindsNoEscapeKey() {
        Element root = config.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("openbox_config");
        assertThat(root.getNamespaceURI()).isEqualTo("http://openbox.org/3.4/rc");
        List<String> bound = new ArrayList<>();
        for (Element keybind : elements("keybind")) {
            bound.add(keybind.getAttribute("key"));
        }
        assertThat(bound.stream().map(OpenboxKioskConfigTest::normalised))
                .as("key bindings of the default configuration's escapes")
                .doesNotContainAnyElementsOf(
                        ESCAPES.stream().map(OpenboxKioskConfigTest::normalised).toList());
    }

    @Test
    void theRootWindowHasNoBindingsAndNothingOpensAMenuOrAProgram() {
        for (Element context : elements("context")) {
            assertThat(context.getAttribute("name"))
                    .as("the desktop behind the kiosk: its root menu, window list and desktop wheel")
                    .isNotEqualToIgnoringCase("Root")
                    .isNotEqualToIgnoringCase("Desktop");
        }
        Set<String> actions = new TreeSet<>();
        for (Element action : elements("action")) {
            actions.add(action.getAttribute("name"));
        }
        assertThat(actions)
                .as("a press in a window may focus and raise it; nothing else (menus, close, desktops, programs)")
                .isSubsetOf("Focus", "Raise");
    }

    @Test
    void thereIsOneDesktopAndNoSwitchAtTheScreensEdge() {
        assertThat(text("desktops", "number")).isEqualTo("1");
        assertThat(text("mouse", "screenEdgeWarpTime")).isEqualTo("0");
    }

    /** Openbox reads modifiers in any order: "A-C-Left" is "C-A-Left". */
    private static String normalised(String key) {
        List<String> parts = new ArrayList<>(Arrays.asList(key.split("-")));
        String last = parts.remove(parts.size() - 1);
        return new TreeSet<>(parts.stream().map(String::toUpperCase).toList()) + last.toLowerCase();
    }

    private static List<Element> elements(String name) {
        NodeList nodes = config.getElementsByTagNameNS("*", name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static String text(String section, String name) {
        Element within = elements(section).get(0);
        return within.getElementsByTagNameNS("*", name).item(0).getTextContent().trim();
    }
}
