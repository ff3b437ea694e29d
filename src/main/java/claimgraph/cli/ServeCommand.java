package claimgraph.cli;

import claimgraph.serve.ClaimServer;
import claimgraph.serve.ServerConfig;
import claimgraph.store.ClaimStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code claimgraph serve [--store DIR] [--host ADDR] [--port N] [--timeout 10s] [--allow-service URL]...
 * [--writable --credentials-file FILE]}: serves the store until Ctrl-C.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Serves the store: the web UI at /, SPARQL queries at /claims/sparql (read-only unless "
                + "--writable), the canned queries at /api/queries. Runs until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST, paramLabel = "ADDR",
            description = "Address to listen on; 0.0.0.0 for every interface. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "N",
            description = "Port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--timeout", defaultValue = "10s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Longest a query may run (e.g. 500ms, 10s, 2m). Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @Option(names = "--allow-service", paramLabel = "URL",
            description = "Lets SPARQL SERVICE call endpoints starting with URL; repeatable. Default: SERVICE is off.")
    List<String> allowService = new ArrayList<>();

    @Option(names = "--route-service", paramLabel = "ENDPOINT=URL",
            description = "Answers SERVICE <ENDPOINT> from URL (a local mirror of e.g. https://query.wikidata.org/sparql); "
                    + "allows ENDPOINT; repeatable.")
    Map<String, String> routeService = new LinkedHashMap<>();

    @Option(names = "--writable", description = "Adds SPARQL update at /claims/update, for the user of --credentials-file.")
    boolean writable;

    @Option(names = "--credentials-file", paramLabel = "FILE",
            description = "File whose first line is user:password, for --writable (HTTP Basic authentication).")
    Path credentialsFile;

    @Option(names = "--verbose", description = "Print stack traces with errors.")
    boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = config();
        if (!Files.isDirectory(storeOptions.store)) {
            throw new ParameterException(spec.commandLine(),
                    storeOptions.store + ": no store here (run 'claimgraph build' or 'claimgraph demo' first)");
        }
        ClaimStore store = ClaimStore.open(storeOptions.store);
        serveUntilStopped(store, config, spec, server -> "claimgraph: serving " + store.directory() + " at "
                + server.url() + " (SPARQL endpoint " + server.sparqlUrl() + "); Ctrl-C stops");
        return 0;
    }

    private ServerConfig config() {
        if (writable != (credentialsFile != null)) {
            throw new ParameterException(spec.commandLine(), writable
                    ? "--writable needs --credentials-file FILE (first line user:password)"
                    : "--credentials-file is only used with --writable");
        }
        ServerConfig.Builder builder = ServerConfig.builder().host(host).port(port).queryTimeout(timeout)
                .serviceAllowList(allowService);
        routeService.forEach(builder::routeService);
        if (writable) {
            String[] userPassword = readCredentials(credentialsFile);
            builder.writable(true).credentials(userPassword[0], userPassword[1]);
        }
        return buildConfig(builder, spec);
    }

    static ServerConfig buildConfig(ServerConfig.Builder builder, CommandSpec spec) {
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private String[] readCredentials(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), file + ": cannot read the credentials (" + e + ")");
        }
        String line = lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .findFirst().orElse("");
        int colon = line.indexOf(':');
        if (colon <= 0 || colon == line.length() - 1) {
            throw new ParameterException(spec.commandLine(),
                    file + ": expected a first line user:password (a non-empty user and password)");
        }
        return new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()};
    }

    /**
     * Starts the server over the store, prints the banner, and blocks until the JVM shuts down (Ctrl-C), when a
     * shutdown hook stops the server and closes the store.
     */
    static void serveUntilStopped(ClaimStore store, ServerConfig config, CommandSpec spec,
            Function<ClaimServer, String> banner) throws InterruptedException {
        ClaimServer server;
        try {
            server = ClaimServer.start(store.dataset(), config);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.stop();
            store.close();
            stopped.countDown();
        }, "claimgraph-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.println(banner.apply(server));
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            hook.run();
            throw e;
        }
    }

    /** Reads 500ms, 10s, 2m, 1h, a bare number of seconds, or ISO-8601 (PT10S). */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern SIMPLE = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)?");

        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            Matcher m = SIMPLE.matcher(v);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2) == null ? "s" : m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofSeconds(n);
                };
            }
            try {
                return Duration.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a duration; expected e.g. 500ms, 10s, 2m or PT10S");
            }
        }
    }
}
