package claimgraph.rdf;

import claimgraph.ClaimgraphException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;

/** Checks converted graphs against {@code ontology/shapes.ttl}. */
public final class Validation {
    private static final Shapes SHAPES = loadShapes();

    private Validation() {}

    /** The outcome: whether every graph conforms, and one line per violation. */
    public record Result(boolean conforms, int graphs, long triples, List<String> violations, String where) {
        public Result {
            violations = List.copyOf(violations);
        }

        public void print(PrintWriter out) {
            if (conforms) {
                out.println(where + ": conforms (" + graphs + " graphs, " + triples + " triples)");
            } else {
                violations.forEach(v -> out.println(where + ": " + v));
                out.println(where + ": " + violations.size() + " violations in " + graphs + " graphs");
            }
            out.flush();
        }
    }

    public static Result validateFile(Path file) {
        DatasetGraph dsg;
        try {
            dsg = RDFDataMgr.loadDatasetGraph(file.toString());
        } catch (RiotException e) {
            throw new ClaimgraphException(file + ": not readable RDF (" + e.getMessage() + ")", e);
        } catch (org.apache.jena.atlas.RuntimeIOException | org.apache.jena.shared.NotFoundException e) {
            throw new ClaimgraphException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return validate(dsg, file.toString());
    }

    /** Validates each named graph (and a non-empty default graph) on its own. */
    public static Result validate(DatasetGraph dsg, String where) {
        List<String> violations = new ArrayList<>();
        int graphs = 0;
        long triples = 0;
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        if (!dsg.getDefaultGraph().isEmpty()) {
            names.add(null);
        }
        for (Node name : names) {
            Graph g = name == null ? dsg.getDefaultGraph() : dsg.getGraph(name);
            graphs++;
            triples += g.size();
            ValidationReport report = ShaclValidator.get().validate(SHAPES, g);
            for (ReportEntry e : report.getEntries()) {
                violations.add((name == null ? "default graph" : "<" + name.getURI() + ">") + " " + e.focusNode()
                        + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message());
            }
        }
        return new Result(violations.isEmpty(), graphs, triples, violations, where);
    }

    private static Shapes loadShapes() {
        try (InputStream in = Validation.class.getResourceAsStream("/ontology/shapes.ttl")) {
            if (in == null) {
                throw new IllegalStateException("ontology/shapes.ttl missing from the classpath");
            }
            Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            RDFDataMgr.read(g, in, Lang.TURTLE);
            return Shapes.parse(g);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
