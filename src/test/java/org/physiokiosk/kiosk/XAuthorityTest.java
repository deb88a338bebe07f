package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XAuthorityTest {

    private static void entry(DataOutputStream out, int family, String address, String number, String name, byte[] data)
            throws IOException {
        out.writeShort(family);
        for (byte[] field : new byte[][] {
            address.getBytes(StandardCharsets.ISO_8859_1),
            number.getBytes(StandardCharsets.ISO_8859_1),
            name.getBytes(StandardCharsets.ISO_8859_1),
            data
        }) {
            out.writeShort(field.length);
            out.write(field);
        }
    }

    @Test
    void picksTheMitCookieOfThisHostAndDisplay() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        entry(out, 256, "kiosk-pc", "1", "MIT-MAGIC-COOKIE-1", new byte[] {1});
        entry(out, 256, "other-pc", "0", "MIT-MAGIC-COOKIE-1", new byte[] {2});
        entry(out, 256, "kiosk-pc", "0", "XDM-AUTHORIZATION-1", new byte[] {3});
        entry(out, 256, "kiosk-pc", "0", "MIT-MAGIC-COOKIE-1", new byte[] {4, 5});

        var cookie = XAuthority.find(new ByteArrayInputStream(bytes.toByteArray()), "kiosk-pc", "0");

        assertThat(cookie).isPresent();
        assertThat(cookie.get().data()).containsExactly(4, 5);
        assertThat(XAuthority.find(new ByteArrayInputStream(bytes.toByteArray()), "kiosk-pc", "7"))
                .isEmpty();
    }

    @Test
    void aWildcardEntryServesAnyHost() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        entry(new DataOutputStream(bytes), 65535, "", "", "MIT-MAGIC-COOKIE-1", new byte[] {9});
        assertThat(XAuthority.find(new ByteArrayInputStream(bytes.toByteArray()), "anything", "3"))
                .isPresent();
    }
}
