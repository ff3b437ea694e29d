package claimgraph.serve;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;

/**
 * A dataset whose default graph is the union of the named graphs of the dataset it wraps, for any kind of
 * dataset. Claims live in one named graph per article, so a query without {@code GRAPH} must see them all.
 * (TDB2's own {@code unionDefaultGraph} setting is not enough: TDB2 honours it only when it runs the query
 * itself, which it does not for a wrapped dataset such as {@link DatasetGraphReadOnly}.) Writes go to the
 * wrapped dataset unchanged.
 */
final class UnionView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    private UnionView(DatasetGraph dsg, Context context) {
        super(dsg, context);
    }

    /** What the server serves: the union view with its own context, read-only unless writable. */
    static DatasetGraph of(DatasetGraph dsg, Context context, boolean writable) {
        DatasetGraph view = new UnionView(dsg, context);
        return writable ? view : new DatasetGraphReadOnly(view, context);
    }

    @Override
    public Graph getDefaultGraph() {
        return getR().getUnionGraph();
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g != null && Quad.isDefaultGraph(g)) {
            return Iter.map(getDefaultGraph().find(s, p, o), t -> Quad.create(Quad.defaultGraphIRI, t));
        }
        return super.find(g, s, p, o);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        if (g != null && Quad.isDefaultGraph(g)) {
            return getDefaultGraph().contains(s, p, o);
        }
        return super.contains(g, s, p, o);
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }
}
