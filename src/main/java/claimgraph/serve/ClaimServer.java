package claimgraph.serve;

import static java.util.Objects.requireNonNull;

import claimgraph.query.QueryCatalog;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.apache.jena.atlas.logging.LogCtl;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The serve stage's entry point: an embedded Fuseki serving the claim graph.
 *
 * <ul>
 *   <li>{@code /claims/sparql}: SPARQL 1.1 query (GET, POST form, POST {@code application/sparql-query}; every
 *       standard result format), over a read-only view whose default graph is the union of the named graphs;
 *       each query is cut after {@link ServerConfig#queryTimeout()} (HTTP 503); {@code SERVICE} only to
 *       {@link ServerConfig#serviceAllowList()} (HTTP 403 otherwise).</li>
 *   <li>{@code /claims/update}: SPARQL update behind HTTP Basic authentication, only when
 *       {@link ServerConfig#writable()}. Nothing else writes: no upload, Graph Store or admin operation.</li>
 *   <li>{@code /.well-known/void}: the store's VoID description (counts and linksets), with this endpoint.</li>
 *   <li>{@code /api/queries}: the canned queries of {@link QueryCatalog#standard()} as JSON.</li>
 *   <li>{@code /}: the web UI from the classpath folder {@code webapp/}; {@code /webjars/*}: its libraries.</li>
 * </ul>
 * Any origin may query (CORS without credentials). The server binds {@link ServerConfig#host()} only.
 */
public final class ClaimServer implements AutoCloseable {
    static final String DATASET = "/claims";
    private static final String REALM = "claimgraph";

    private final FusekiServer server;
    private final ServerConfig config;

    private ClaimServer(FusekiServer server, ServerConfig config) {
        this.server = server;
        this.config = config;
    }

    /** Starts serving {@code dataset}; the caller keeps ownership of it (stopping does not close it). */
    public static ClaimServer start(DatasetGraph dataset, ServerConfig config) {
        requireNonNull(dataset, "dataset");
        requireNonNull(config, "config");
        // Fuseki logs every request at INFO; the console should show the URL and problems only.
        LogCtl.setLevel("org.apache.jena.fuseki", "warn");
        FusekiServer server = builder(dataset, config).build();
        for (Connector connector : server.getJettyServer().getConnectors()) {
            ((ServerConnector) connector).setHost(config.host());
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new ServeException("cannot serve on " + config.host() + ":" + config.port() + " ("
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()) + ")", e);
        }
        return new ClaimServer(server, config);
    }

    private static FusekiServer.Builder builder(DatasetGraph dataset, ServerConfig config) {
        Context context = dataset.getContext() == null ? new Context() : dataset.getContext().copy();
        context.set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));
        ServiceAllowList services = new ServiceAllowList(config.serviceAllowList(), config.serviceRoutes());
        services.install(context);

        FusekiServer.Builder builder = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(config.port())
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new GuardedQuery(services))
                .addDataset(DATASET, UnionView.of(dataset, context, config.writable()))
                .addEndpoint(DATASET, "sparql", Operation.Query)
                .addFilter("/*", new Cors())
                .addServlet("/api/queries", new QueryList(QueryCatalog.standard()))
                .addServlet("/.well-known/void", new VoidDocument(dataset, DATASET + "/sparql"))
                .addServlet("/webjars/*", new ClasspathFiles("META-INF/resources/webjars/"));
        String webapp = webappBase();
        if (webapp != null) {
            builder.staticFileBase(webapp);
        }
        if (config.writable()) {
            ServerConfig.Credentials who = config.credentials();
            builder.addEndpoint(DATASET, "update", Operation.Update, Auth.policyAllowSpecific(who.user()))
                    .securityHandler(JettySecurityLib.makeSecurityHandler(REALM,
                            JettySecurityLib.makeUserStore(who.user(), who.password()), AuthScheme.BASIC));
        }
        return builder;
    }

    /** The classpath folder {@code webapp/} as Jetty wants it: a {@code jar:} URL or a directory path. */
    private static String webappBase() {
        URL index = ClaimServer.class.getResource("/webapp/index.html");
        if (index == null) {
            return null;
        }
        String url = index.toString();
        if (url.startsWith("jar:")) {
            return url.substring(0, url.length() - "index.html".length());
        }
        try {
            return Path.of(index.toURI()).getParent().toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url + ": not a file URL", e);
        }
    }

    /** The port the server listens on (the one chosen when the configuration said 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** Where a browser finds the UI, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        return config.url(port());
    }

    /** The SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/claims/sparql}. */
    public String sparqlUrl() {
        return url() + DATASET.substring(1) + "/sparql";
    }

    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
