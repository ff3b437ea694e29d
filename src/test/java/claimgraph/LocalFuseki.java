package claimgraph;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/** A second Fuseki for tests (a Wikidata-shaped fixture, another endpoint): loopback only, any free port, read-only. */
public final class LocalFuseki implements AutoCloseable {
    private final FusekiServer server;
    private final String name;

    private LocalFuseki(FusekiServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Serves {@code dataset} at {@code http://127.0.0.1:PORT/NAME/sparql}. */
    public static LocalFuseki serve(String name, DatasetGraph dataset) {
        FusekiServer server = FusekiServer.create().port(0).add("/" + name, dataset, false).build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            ((ServerConnector) c).setHost("127.0.0.1");
        }
        server.start();
        return new LocalFuseki(server, name);
    }

    /** The dataset's base URL, ending in "/": {@code http://127.0.0.1:PORT/NAME/}. */
    public String base() {
        return "http://127.0.0.1:" + server.getHttpPort() + "/" + name + "/";
    }

    public String sparql() {
        return base() + "sparql";
    }

    @Override
    public void close() {
        server.stop();
    }
}
