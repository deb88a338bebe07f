package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines a clinic's IT person may write by hand, at the edges of what SettingsLines and SettingsFile accept. */
class SettingsLinesTest {

    @TempDir
    Path folder;

    private static SettingsLines.Parsed parse(String text) {
        return SettingsLines.parse(text.getBytes(StandardCharsets.UTF_8), "settings.properties");
    }

    @Test
    void aLineThatStartsWithItsSeparatorHasNoKey() {
        SettingsLines.Parsed parsed = parse("=value\n=a:b\n:x=y\nlanguage=en\n");
        assertThat(parsed.values()).containsOnlyKeys("language");
        assertThat(parsed.problems())
                .containsExactly(
                        "settings.properties:1: not a 'key=value' line; ignored",
                        "settings.properties:2: not a 'key=value' line; ignored",
                        "settings.properties:3: not a 'key=value' line; ignored");
    }

    @Test
    void aKeySetTwiceIsReportedAtTheSecondLine() {
        SettingsLines.Parsed parsed = parse("# settings\nlanguage=nl\nlanguage=en\n");
        assertThat(parsed.values()).containsEntry("language", "en");
        assertThat(parsed.problems())
                .containsExactly("settings.properties:3: 'language' is set twice; the last value is used");
    }

    @Test
    void aFileOfOnlyAByteOrderMarkIsEmpty() {
        SettingsLines.Parsed parsed = SettingsLines.parse(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "s");
        assertThat(parsed.values()).isEmpty();
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void aByteOrderMarkBeforeWindows1252TextIsDroppedToo() {
        byte[] text = "clinicName=Fysio Citro\u00EBn\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        SettingsLines.Parsed parsed = SettingsLines.parse(bytes, "s");
        assertThat(parsed.values()).containsEntry("clinicName", "Fysio Citro\u00EBn");
        assertThat(parsed.problems()).singleElement().asString().contains("Windows-1252");
    }

    @Test
    void anEmptyPinHashMeansNoPin() throws Exception {
        Path file = Files.writeString(folder.resolve("settings.properties"), "therapistPinHash=  \n");
        assertThat(SettingsFile.read(file).settings().therapistPinHash()).isEmpty();
    }

    @Test
    void theIdleTimeoutsAtTheEdgesAreUsed() throws Exception {
        Path file = folder.resolve("settings.properties");
        Files.writeString(file, "idleSeconds=15\n");
        assertThat(SettingsFile.read(file).settings().idleTimeout()).hasSeconds(15);
        Files.writeString(file, "idleSeconds=3600\n");
        assertThat(SettingsFile.read(file).settings().idleTimeout()).hasSeconds(3600);
        Files.writeString(file, "idleSeconds=3601\n");
        assertThat(SettingsFile.read(file).problems())
                .singleElement()
                .asString()
                .contains("'3601'");
    }
}
