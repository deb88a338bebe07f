package org.physiokiosk.program.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
        Map<String, String> credentials = CredentialsFile.read(credentialsFile);
        String user = credentials.getOrDefault("user", "").strip();
        if (user.isEmpty()) {
            throw new ProgramStoreException(credentialsFile + ": no 'user=' line");
        }
        return of(storeSetting, user, credentials.getOrDefault("password", ""));
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

    /** The address without the password, for messages and logs. */
    @Override
    public String toString() {
        return jdbcUrl + " as " + user;
    }
}
