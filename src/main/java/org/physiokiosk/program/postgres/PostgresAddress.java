package org.physiokiosk.program.postgres;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.physiokiosk.program.ProgramStoreException;

/**
 * Where the shared store is and who we are there: {@code programStore=postgresql://host:5432/db} from the
 * settings (query parameters such as {@code sslmode=verify-full&sslrootcert=/etc/physiokiosk/ca.crt} pass
 * through to the driver), and a credentials file beside it ({@code user=} and {@code password=}, nothing
 * else), kept out of the settings so a settings file can be shown or mailed without the password.
 *
 * <p>On Linux and macOS the credentials file must not be readable by group or others (like ssh's keys):
 * a kiosk is a shared machine. Windows has no such bits; there the folder's ACL does the job (see docs).
 */
public record PostgresAddress(String jdbcUrl, String user, String password, Map<String, String> parameters) {

    public static final String SCHEME = "postgresql://";

    /** Driver options that load classes by name or write files: a settings file must not be able to do either. */
    private static final Set<String> REFUSED = Set.of(
            "socketfactory",
            "socketfactoryarg",
            "sslfactory",
            "sslfactoryarg",
            "sslhostnameverifier",
            "sslpasswordcallback",
            "authenticationpluginclassname",
            "loggerfile",
            "loggerlevel");

    public PostgresAddress {
        parameters = Map.copyOf(parameters);
    }

    public static boolean isPostgres(String storeSetting) {
        return storeSetting != null && storeSetting.strip().startsWith(SCHEME);
    }

    public static PostgresAddress of(String storeSetting, Path credentialsFile) throws ProgramStoreException {
        Properties credentials = readCredentials(credentialsFile);
        String user = credentials.getProperty("user", "").strip();
        if (user.isEmpty()) {
            throw new ProgramStoreException(credentialsFile + ": no 'user=' line");
        }
        return of(storeSetting, user, credentials.getProperty("password", ""));
    }

    public static PostgresAddress of(String storeSetting, String user, String password) throws ProgramStoreException {
        URI uri;
        try {
            uri = new URI(storeSetting.strip());
        } catch (URISyntaxException e) {
            throw new ProgramStoreException(
                    "programStore '" + storeSetting + "' is not an address like " + SCHEME + "host:5432/database");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (!"postgresql".equals(uri.getScheme())
                || uri.getHost() == null
                || path.isEmpty()
                || uri.getUserInfo() != null) {
            throw new ProgramStoreException("programStore '" + storeSetting + "' is not an address like " + SCHEME
                    + "host:5432/database (user and password go in the credentials file)");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new ProgramStoreException("programStore: '" + pair + "' is not name=value");
                }
                String name = decode(pair.substring(0, eq));
                if (REFUSED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    throw new ProgramStoreException(
                            "programStore: the driver option '" + name + "' is not allowed here");
                }
                parameters.put(name, decode(pair.substring(eq + 1)));
            }
        }
        String jdbcUrl =
                "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/" + path;
        return new PostgresAddress(jdbcUrl, user, password, parameters);
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static Properties readCredentials(Path file) throws ProgramStoreException {
        if (!Files.isRegularFile(file)) {
            throw new ProgramStoreException("credentials file " + file + " does not exist");
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            try {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (permissions.contains(PosixFilePermission.GROUP_READ)
                        || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                    throw new ProgramStoreException("credentials file " + file
                            + " can be read by other users; allow only its owner: chmod 600 " + file);
                }
            } catch (IOException e) {
                throw new ProgramStoreException("credentials file " + file + ": " + e.getMessage(), e);
            }
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ProgramStoreException("credentials file " + file + " could not be read: " + e.getMessage(), e);
        }
        return properties;
    }

    /** The address without the password, for messages and logs. */
    @Override
    public String toString() {
        return jdbcUrl + " as " + user;
    }
}
