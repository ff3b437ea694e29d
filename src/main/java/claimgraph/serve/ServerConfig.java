package claimgraph.serve;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the claim server listens and what it lets clients do. Every instance is valid: the compact constructor
 * (and so {@link Builder#build()}) rejects a bad value with a message naming it and the valid choices.
 *
 * <pre>{@code
 * ServerConfig config = ServerConfig.builder()
 *         .port(0)
 *         .queryTimeout(Duration.ofSeconds(5))
 *         .allowService("http://127.0.0.1:3031/ds/")
 *         .build();
 * }</pre>
 *
 * @param host address to bind; loopback by default, so only this machine can connect
 * @param port TCP port; 0 picks any free port
 * @param queryTimeout longest a query may run before it is cut
 * @param serviceAllowList URL prefixes that {@code SERVICE} may call; empty turns federated query off
 * @param serviceRoutes endpoints a query names in {@code SERVICE} mapped to the URL that answers for them (a local
 *     mirror or a test fixture of, say, Wikidata's endpoint); a routed endpoint is allowed
 * @param writable whether {@code /claims/update} exists (always behind HTTP Basic authentication)
 * @param credentials the one user allowed to update; present exactly when {@code writable}
 */
public record ServerConfig(String host, int port, Duration queryTimeout, List<String> serviceAllowList,
        Map<String, String> serviceRoutes, boolean writable, Credentials credentials) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);

    public ServerConfig {
        requireNonNull(host, "host");
        requireNonNull(queryTimeout, "queryTimeout");
        serviceAllowList = List.copyOf(serviceAllowList);
        serviceRoutes = Collections.unmodifiableMap(new LinkedHashMap<>(serviceRoutes));
        if (host.isBlank() || host.strip().length() != host.length()) {
            throw new IllegalArgumentException("host is '" + host + "'; expected an address or host name such as "
                    + "127.0.0.1 (this machine only) or 0.0.0.0 (every interface)");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port is " + port + "; expected 0 (any free port) to 65535");
        }
        if (queryTimeout.isNegative() || queryTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("queryTimeout is " + queryTimeout
                    + "; expected a positive duration of at least 1 ms, e.g. 10 s");
        }
        serviceAllowList.forEach(ServerConfig::checkServicePrefix);
        serviceRoutes.forEach((endpoint, url) -> {
            checkServicePrefix(endpoint);
            checkServicePrefix(url);
        });
        if (writable && credentials == null) {
            throw new IllegalArgumentException("writable is true but no credentials were given; expected "
                    + "credentials(user, password), or writable false for a read-only server");
        }
        if (!writable && credentials != null) {
            throw new IllegalArgumentException("credentials were given but writable is false; expected writable "
                    + "true, or no credentials for a read-only server");
        }
    }

    /** The defaults: 127.0.0.1:3030, 10 s per query, no SERVICE, read-only. */
    public static ServerConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The URL the server answers on, e.g. {@code http://127.0.0.1:3030/}, for a given actual port. */
    String url(int actualPort) {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + h + ":" + actualPort + "/";
    }

    private static void checkServicePrefix(String prefix) {
        requireNonNull(prefix, "serviceAllowList entry");
        String expected = "; expected an absolute http or https URL prefix such as http://127.0.0.1:3031/ds/sparql";
        URI uri;
        try {
            uri = new URI(prefix);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("service allow-list entry '" + prefix + "' is not a URL ("
                    + e.getReason() + ")" + expected, e);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("service allow-list entry '" + prefix + "' is not usable" + expected);
        }
    }

    /** The user allowed to update a writable server. The password never appears in {@link #toString()}. */
    public record Credentials(String user, String password) {
        public Credentials {
            requireNonNull(user, "user");
            requireNonNull(password, "password");
            if (user.isBlank() || user.contains(":")) {
                throw new IllegalArgumentException("user is '" + user
                        + "'; expected a non-blank name without ':'");
            }
            if (password.isEmpty()) {
                throw new IllegalArgumentException("password for user '" + user + "' is empty; expected a password");
            }
        }

        @Override
        public String toString() {
            return "Credentials[user=" + user + ", password=***]";
        }
    }

    /** Collects settings; unset ones keep their defaults. Not thread-safe. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private final List<String> serviceAllowList = new ArrayList<>();
        private final Map<String, String> serviceRoutes = new LinkedHashMap<>();
        private boolean writable;
        private Credentials credentials;

        private Builder() {}

        public Builder host(String host) {
            this.host = requireNonNull(host, "host");
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder queryTimeout(Duration queryTimeout) {
            this.queryTimeout = requireNonNull(queryTimeout, "queryTimeout");
            return this;
        }

        /** Lets {@code SERVICE} call endpoints whose URL starts with this prefix. */
        public Builder allowService(String urlPrefix) {
            serviceAllowList.add(requireNonNull(urlPrefix, "urlPrefix"));
            return this;
        }

        /** Replaces the service allow-list. */
        public Builder serviceAllowList(List<String> urlPrefixes) {
            serviceAllowList.clear();
            urlPrefixes.forEach(this::allowService);
            return this;
        }

        /** Answers {@code SERVICE <endpoint>} from {@code url} instead (and allows it). */
        public Builder routeService(String endpoint, String url) {
            serviceRoutes.put(requireNonNull(endpoint, "endpoint"), requireNonNull(url, "url"));
            return this;
        }

        public Builder writable(boolean writable) {
            this.writable = writable;
            return this;
        }

        public Builder credentials(String user, String password) {
            this.credentials = new Credentials(user, password);
            return this;
        }

        public ServerConfig build() {
            return new ServerConfig(host, port, queryTimeout, serviceAllowList, serviceRoutes, writable, credentials);
        }
    }
}
