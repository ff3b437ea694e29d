package claimgraph.serve;

import claimgraph.store.ClaimStore;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * {@code GET /.well-known/void}: the store's VoID description (RFC 5785 well-known location named by the VoID
 * recommendation), as Turtle unless the {@code Accept} header asks for N-Triples, JSON-LD or RDF/XML. The stored
 * description gains the {@code void:sparqlEndpoint} this server answers on.
 */
final class VoidDocument extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DATASET = "https://w3id.org/claimgraph/id/dataset";
    /** Media type to format, in order of preference. */
    private static final Map<String, RDFFormat> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("text/turtle", RDFFormat.TURTLE_PRETTY);
        FORMATS.put("application/n-triples", RDFFormat.NTRIPLES);
        FORMATS.put("application/ld+json", RDFFormat.JSONLD);
        FORMATS.put("application/rdf+xml", RDFFormat.RDFXML_PRETTY);
    }

    private final transient DatasetGraph dataset;
    private final String sparqlPath;

    VoidDocument(DatasetGraph dataset, String sparqlPath) {
        this.dataset = dataset;
        this.sparqlPath = sparqlPath;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Graph description = GraphFactory.createDefaultGraph();
        Txn.executeRead(dataset, () -> dataset.getGraph(NodeFactory.createURI(ClaimStore.VOID_GRAPH)).find()
                .forEachRemaining(description::add));
        if (description.isEmpty()) {
            byte[] why = "/.well-known/void: this store has no VoID description yet; run 'claimgraph build' to make one\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=utf-8");
            response.setContentLength(why.length);
            try (OutputStream out = response.getOutputStream()) {
                out.write(why);
            }
            return;
        }
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        description.add(NodeFactory.createURI(DATASET), NodeFactory.createURI(VOID + "sparqlEndpoint"),
                NodeFactory.createURI(base + sparqlPath));
        Map.Entry<String, RDFFormat> format = negotiate(request.getHeader("Accept"));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, prefixed(description), format.getValue());
        response.setContentType(format.getKey() + "; charset=utf-8");
        response.setContentLength(body.size());
        response.setHeader("Cache-Control", "no-cache");
        try (OutputStream out = response.getOutputStream()) {
            body.writeTo(out);
        }
    }

    /** The first media type in the Accept header that has a format (q-values are not weighed); else Turtle. */
    static Map.Entry<String, RDFFormat> negotiate(String accept) {
        if (accept != null) {
            for (String range : accept.split(",")) {
                String type = range.split(";")[0].strip().toLowerCase(Locale.ROOT);
                if (FORMATS.containsKey(type)) {
                    return Map.entry(type, FORMATS.get(type));
                }
            }
        }
        return Map.entry("text/turtle", RDFFormat.TURTLE_PRETTY);
    }

    private static Graph prefixed(Graph g) {
        g.getPrefixMapping().setNsPrefix("void", VOID)
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
                .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
                .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
                .setNsPrefix("cg", "https://w3id.org/claimgraph/ontology#");
        return g;
    }
}
