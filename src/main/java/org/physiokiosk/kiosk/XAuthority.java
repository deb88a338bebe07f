package org.physiokiosk.kiosk;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The X server's cookie for a local display from the Xauthority file ({@code XAUTHORITY}, else
 * {@code ~/.Xauthority}), as Xlib would pick it: a local entry for this host or a wildcard, for this display
 * number. No file or no entry means no cookie (a server started without {@code -auth} needs none).
 */
final class XAuthority {

    private static final int FAMILY_LOCAL = 256;
    private static final int FAMILY_WILD = 65535;
    private static final String MIT_COOKIE = "MIT-MAGIC-COOKIE-1";

    record Cookie(byte[] name, byte[] data) {}

    private XAuthority() {}

    static Optional<Cookie> cookieFor(Map<String, String> environment, String displayNumber) throws IOException {
        Path file = Optional.ofNullable(environment.get("XAUTHORITY"))
                .filter(path -> !path.isBlank())
                .map(Path::of)
                .orElseGet(() ->
                        Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".Xauthority"));
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return find(in, InetAddress.getLocalHost().getHostName(), displayNumber);
        }
    }

    /** The first MIT cookie in {@code file} for {@code host} (or any host) and {@code displayNumber} (or any). */
    static Optional<Cookie> find(InputStream file, String host, String displayNumber) throws IOException {
        DataInputStream in = new DataInputStream(file);
        while (true) {
            int family;
            try {
                family = in.readUnsignedShort();
            } catch (EOFException end) {
                return Optional.empty();
            }
            String address = new String(field(in), StandardCharsets.ISO_8859_1);
            String number = new String(field(in), StandardCharsets.ISO_8859_1);
            byte[] name = field(in);
            byte[] data = field(in);
            boolean thisHost = family == FAMILY_WILD || (family == FAMILY_LOCAL && address.equals(host));
            boolean thisDisplay = number.isEmpty() || number.equals(displayNumber);
            if (thisHost && thisDisplay && Arrays.equals(name, MIT_COOKIE.getBytes(StandardCharsets.ISO_8859_1))) {
                return Optional.of(new Cookie(name, data));
            }
        }
    }

    private static byte[] field(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readUnsignedShort()];
        in.readFully(bytes);
        return bytes;
    }
}
