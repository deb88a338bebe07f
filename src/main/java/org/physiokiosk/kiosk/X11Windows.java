package org.physiokiosk.kiosk;

import java.io.Closeable;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks the X server, as a separate client on its own connection, whether this process still has a mapped
 * window. JavaFX cannot say: when another X client destroys the kiosk's window (XDestroyWindow, as
 * {@code xdotool windowclose} or {@code xkill}-like tools do), the Stage still reports showing and GTK only logs
 * "GdkWindow unexpectedly destroyed" (seen under Xvfb, see docs/decisions/0014). Windows are matched by
 * {@code _NET_WM_PID}, which GTK sets on every window it creates, so no JavaFX internals are needed.
 *
 * <p>Only the few requests needed are spoken (InternAtom, QueryTree, GetProperty, GetWindowAttributes), over the
 * local socket of {@code DISPLAY=:N}, with the MIT-MAGIC-COOKIE-1 from {@code XAUTHORITY} when there is one.
 * Not thread-safe: one caller (the watchdog's thread) at a time.
 */
public final class X11Windows implements Closeable {

    private static final Pattern LOCAL_DISPLAY = Pattern.compile("(?:unix)?:(\\d+)(?:\\.\\d+)?");
    private static final int CARDINAL = 6;
    private static final int MAP_STATE_UNMAPPED = 0;
    private static final int BAD_WINDOW = 3;

    private final SocketChannel channel;
    private final int root;
    private int pidAtom;

    private X11Windows(SocketChannel channel, int root) {
        this.channel = channel;
        this.root = root;
    }

    /** The X display of {@code environment}; empty when it is not a local X display (Wayland only, TCP, none). */
    public static Optional<X11Windows> connect(Map<String, String> environment) throws IOException {
        Matcher display = LOCAL_DISPLAY.matcher(environment.getOrDefault("DISPLAY", ""));
        if (!display.matches()) {
            return Optional.empty();
        }
        String number = display.group(1);
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        if (!Files.exists(socket)) {
            return Optional.empty();
        }
        Optional<XAuthority.Cookie> cookie = XAuthority.cookieFor(environment, number);
        SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        try {
            X11Windows windows = new X11Windows(channel, handshake(channel, cookie));
            windows.pidAtom = windows.internAtom("_NET_WM_PID");
            return Optional.of(windows);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** How many windows of process {@code pid} are mapped now (the kiosk's stage; GTK's hidden leader window is not). */
    public int mappedWindowsOf(long pid) throws IOException {
        return mappedBelow(root, pid);
    }

    private int mappedBelow(int window, long pid) throws IOException {
        int mapped = 0;
        for (int child : children(window)) {
            if (pidOf(child) == pid) {
                if (mapState(child) != MAP_STATE_UNMAPPED) {
                    mapped++;
                }
            } else {
                mapped += mappedBelow(child, pid); // a window manager reparents clients into its own frames
            }
        }
        return mapped;
    }

    private int[] children(int window) throws IOException {
        ByteBuffer reply = request(15, 0, window);
        if (reply == null) {
            return new int[0];
        }
        int[] children = new int[reply.getShort(16) & 0xffff];
        for (int i = 0; i < children.length; i++) {
            children[i] = reply.getInt(32 + 4 * i);
        }
        return children;
    }

    private long pidOf(int window) throws IOException {
        ByteBuffer reply = request(20, 0, window, pidAtom, CARDINAL, 0, 1);
        if (reply == null || reply.get(1) != 32 || reply.getInt(16) != 1) {
            return -1;
        }
        return reply.getInt(32) & 0xffffffffL;
    }

    private int mapState(int window) throws IOException {
        ByteBuffer reply = request(3, 0, window);
        return reply == null ? MAP_STATE_UNMAPPED : reply.get(26);
    }

    private int internAtom(String name) throws IOException {
        byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer out = ByteBuffer.allocate(8 + pad(bytes.length)).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 16)
                .put((byte) 0)
                .putShort((short) (out.capacity() / 4))
                .putShort((short) bytes.length)
                .putShort((short) 0)
                .put(bytes);
        ByteBuffer reply = exchange(out.rewind());
        if (reply == null) {
            throw new IOException("the X server refused to name atom " + name);
        }
        return reply.getInt(8);
    }

    /** A request of 32-bit words after its opcode byte and one data byte; null when the window is gone. */
    private ByteBuffer request(int opcode, int data, int... words) throws IOException {
        ByteBuffer out = ByteBuffer.allocate(4 + 4 * words.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) opcode).put((byte) data).putShort((short) (1 + words.length));
        for (int word : words) {
            out.putInt(word);
        }
        return exchange(out.rewind());
    }

    private ByteBuffer exchange(ByteBuffer request) throws IOException {
        while (request.hasRemaining()) {
            channel.write(request);
        }
        while (true) {
            ByteBuffer head = read(channel, 32);
            switch (head.get(0)) {
                case 0 -> { // an error: a window that vanished between two requests is simply not there
                    if (head.get(1) == BAD_WINDOW) {
                        return null;
                    }
                    throw new IOException("X error " + head.get(1) + " for request " + head.get(10));
                }
                case 1 -> {
                    int extra = head.getInt(4) * 4;
                    ByteBuffer whole = ByteBuffer.allocate(32 + extra).order(ByteOrder.LITTLE_ENDIAN);
                    whole.put(head.rewind()).put(read(channel, extra));
                    return whole;
                }
                default -> { // an event every client gets (MappingNotify): not ours to handle
                }
            }
        }
    }

    /** Connection set-up: little-endian, protocol 11.0, the cookie if any; returns the first screen's root. */
    private static int handshake(SocketChannel channel, Optional<XAuthority.Cookie> cookie) throws IOException {
        byte[] name = cookie.map(XAuthority.Cookie::name).orElse(new byte[0]);
        byte[] data = cookie.map(XAuthority.Cookie::data).orElse(new byte[0]);
        ByteBuffer out =
                ByteBuffer.allocate(12 + pad(name.length) + pad(data.length)).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 'l')
                .put((byte) 0)
                .putShort((short) 11)
                .putShort((short) 0)
                .putShort((short) name.length)
                .putShort((short) data.length)
                .putShort((short) 0);
        out.put(name).position(12 + pad(name.length)).put(data).rewind();
        while (out.hasRemaining()) {
            channel.write(out);
        }
        ByteBuffer head = read(channel, 8);
        ByteBuffer body = read(channel, (head.getShort(6) & 0xffff) * 4);
        if (head.get(0) != 1) {
            throw new IOException("the X server refused the connection: "
                    + new String(
                            body.array(),
                            0,
                            Math.min(head.get(1) & 0xff, body.capacity()),
                            StandardCharsets.ISO_8859_1));
        }
        int vendorLength = body.getShort(16) & 0xffff;
        int formats = body.get(21) & 0xff;
        return body.getInt(32 + pad(vendorLength) + 8 * formats);
    }

    private static ByteBuffer read(SocketChannel channel, int bytes) throws IOException {
        ByteBuffer in = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        while (in.hasRemaining()) {
            if (channel.read(in) < 0) {
                throw new IOException("the X server closed the connection");
            }
        }
        return in.flip();
    }

    private static int pad(int length) {
        return (length + 3) & ~3;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
