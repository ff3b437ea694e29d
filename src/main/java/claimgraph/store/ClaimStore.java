package claimgraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The store stage's entry point: a persistent TDB2 dataset of claim graphs. Each article's named graph is
 * replaced in one write transaction, so an interrupted build leaves every article fully old or fully new;
 * re-storing an unchanged article changes nothing.
 */
public final class ClaimStore implements AutoCloseable {
    private static final String CG = "https://w3id.org/claimgraph/ontology#";
    private static final Node FILE_NAME = NodeFactory.createURI(CG + "fileName");
    private static final Node CLAIM = NodeFactory.createURI(CG + "Claim");
    private static final Node SOURCE = NodeFactory.createURI(CG + "Source");
    private static final Node TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Set<String> RUN_TIMES = Set.of("http://www.w3.org/ns/prov#startedAtTime",
            "http://www.w3.org/ns/prov#endedAtTime");

    /** What storing one article did. */
    public enum Outcome { ADDED, REPLACED, UNCHANGED }

    /** Counts over the whole store. */
    public record Stats(long articles, long claims, long quads) {}

    private final DatasetGraph dsg;
    private final Path dir;

    private ClaimStore(DatasetGraph dsg, Path dir) {
        this.dsg = dsg;
        this.dir = dir;
    }

    /** Opens (creating if needed) the TDB2 store in {@code dir}; its default graph is the union of its graphs. */
    public static ClaimStore open(Path dir) {
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new ClaimStore(dsg, dir);
        } catch (RuntimeException e) {
            throw new StoreException(dir + ": cannot open the store (" + e.getMessage() + ")", e);
        }
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    public Path directory() {
        return dir;
    }

    /** One converted article to store: its file name and a dataset holding its single named graph. */
    public record Entry(String fileName, DatasetGraph article) {}

    /**
     * Puts one converted article (a dataset holding its single named graph) in place of whatever the store
     * holds for the same file name, in one transaction.
     */
    public Outcome replace(String fileName, DatasetGraph article) {
        return replaceAll(List.of(new Entry(fileName, article))).get(0);
    }

    /**
     * Replaces a batch of articles in one transaction: a crash leaves every article of the batch fully old or
     * fully new, and one commit per batch instead of per article keeps large builds fast.
     */
    public List<Outcome> replaceAll(List<Entry> batch) {
        for (Entry e : batch) {
            long graphs = java.util.stream.StreamSupport.stream(
                    java.util.Spliterators.spliteratorUnknownSize(e.article().listGraphNodes(), 0), false).count();
            if (graphs != 1) {
                throw new IllegalArgumentException(e.fileName() + ": expected one named graph, found " + graphs);
            }
        }
        return Txn.calculateWrite(dsg, () -> {
            List<Outcome> outcomes = new ArrayList<>(batch.size());
            for (Entry e : batch) {
                outcomes.add(replaceInTxn(e.fileName(), e.article()));
            }
            return outcomes;
        });
    }

    private Outcome replaceInTxn(String fileName, DatasetGraph article) {
        Node name = article.listGraphNodes().next();
        Graph incoming = article.getGraph(name);
        Set<Node> old = graphsOf(fileName);
        if (old.equals(Set.of(name)) && sameIgnoringRunTimes(dsg.getGraph(name), incoming)) {
            return Outcome.UNCHANGED;
        }
        Outcome outcome = old.isEmpty() ? Outcome.ADDED : Outcome.REPLACED;
        old.add(name);
        old.forEach(dsg::removeGraph);
        incoming.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        return outcome;
    }

    /** The named graph holding the store's VoID description ({@link #describe}). */
    public static final String VOID_GRAPH = "https://w3id.org/claimgraph/graph/void";

    /**
     * Counts the store and puts its VoID description (triples, claims, sources, deployments, actors and places, and
     * the {@code owl:sameAs} links to Wikidata, DBpedia and GeoNames as linksets) in {@link #VOID_GRAPH}, in one
     * write transaction, so the figures always match the graphs they describe. {@code modified} is recorded only
     * when a figure changed.
     */
    public void describe(java.time.Instant modified) {
        Node name = NodeFactory.createURI(VOID_GRAPH);
        Txn.executeWrite(dsg, () -> {
            Graph description = DatasetDescription.of(dsg, name, modified);
            if (withoutModified(dsg.getGraph(name)).isIsomorphicWith(withoutModified(description))) {
                return; // same figures: keep the old date, so an unchanged re-build changes nothing
            }
            dsg.removeGraph(name);
            description.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    private static Graph withoutModified(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining((Triple t) -> {
            if (!t.getPredicate().getURI().equals(DatasetDescription.DCT + "modified")) {
                out.add(t);
            }
        });
        return out;
    }

    /** Whether the store has a VoID description yet. */
    public boolean described() {
        Node name = NodeFactory.createURI(VOID_GRAPH);
        return Txn.calculateRead(dsg, () -> dsg.find(name, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }

    /** Replaces a reference graph (ontology, shapes, gazetteer) in one transaction. */
    public void putGraph(String graphIri, Graph graph) {
        Node name = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(name);
            graph.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /**
     * Drops the old versions TDB2 keeps after writes (its journal-free design appends): without this a store
     * rebuilt again and again grows without bound. Safe against crashes: TDB2 switches to the compacted copy
     * only when it is complete.
     */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
    }

    public Stats stats() {
        return Txn.calculateRead(dsg, () -> {
            long articles = count(dsg.find(Node.ANY, Node.ANY, TYPE, SOURCE));
            long claims = count(dsg.find(Node.ANY, Node.ANY, TYPE, CLAIM));
            long quads = count(dsg.find());
            return new Stats(articles, claims, quads);
        });
    }

    private Set<Node> graphsOf(String fileName) {
        Set<Node> graphs = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, FILE_NAME, NodeFactory.createLiteralString(fileName))
                .forEachRemaining(q -> graphs.add(q.getGraph()));
        return graphs;
    }

    private static boolean sameIgnoringRunTimes(Graph stored, Graph incoming) {
        return withoutRunTimes(stored).isIsomorphicWith(withoutRunTimes(incoming));
    }

    private static Graph withoutRunTimes(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining((Triple t) -> {
            if (!(t.getPredicate().isURI() && RUN_TIMES.contains(t.getPredicate().getURI()))) {
                out.add(t);
            }
        });
        return out;
    }

    private static long count(Iterator<Quad> it) {
        long n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    @Override
    public void close() {
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg); // releases the directory so it can be opened again
    }
}
