package claimgraph.store;

import java.time.Instant;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/**
 * The VoID description of a store (W3C "Describing Linked Datasets with the VoID Vocabulary"): how many triples,
 * claims, sources, deployments and actors it holds, and its {@code owl:sameAs} links as one {@code void:Linkset}
 * per target dataset (Wikidata, DBpedia, GeoNames). Every figure is counted from the store when the description
 * is made, so it matches what a query over the store returns.
 */
final class DatasetDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String CG = "https://w3id.org/claimgraph/ontology#";
    static final String ID = "https://w3id.org/claimgraph/id/";
    static final String DATASET = ID + "dataset";

    /** A dataset the claims link into: where its IRIs start, and how people and machines reach it. */
    record Target(String slug, String title, String uriSpace, String homepage, String sparqlEndpoint) {}

    static final List<Target> TARGETS = List.of(
            new Target("wikidata", "Wikidata", "http://www.wikidata.org/entity/", "https://www.wikidata.org/",
                    "https://query.wikidata.org/sparql"),
            new Target("dbpedia", "DBpedia", "http://dbpedia.org/resource/", "https://www.dbpedia.org/",
                    "https://dbpedia.org/sparql"),
            new Target("geonames", "GeoNames", "https://sws.geonames.org/", "https://www.geonames.org/", null));

    /** The classes whose instances in the article graphs (not the gazetteer) are counted in a {@code void:classPartition}. */
    static final List<String> PARTITIONS = List.of("Claim", "Source", "Deployment", "Actor", "Place");

    private DatasetDescription() {}

    /**
     * Describes {@code dsg} (read in the caller's transaction), leaving the graph named {@code self} out of the
     * triple count: the description does not count itself.
     */
    static Graph of(DatasetGraph dsg, Node self, Instant modified) {
        Graph g = GraphFactory.createDefaultGraph();
        Node dataset = uri(DATASET);
        add(g, dataset, RDF.type.asNode(), uri(VOID + "Dataset"));
        add(g, dataset, uri(DCT + "title"), NodeFactory.createLiteralLang("claimgraph: claims about forces and losses in news articles", "en"));
        add(g, dataset, uri(DCT + "description"), NodeFactory.createLiteralLang(
                "Figures about troops, losses and materiel asserted in news articles, each with its source, claimant, "
                        + "place and the sentence it stands in; one named graph per article.", "en"));
        add(g, dataset, uri(DCT + "modified"), NodeFactory.createLiteralDT(modified.toString(), XSDDatatype.XSDdateTime));
        add(g, dataset, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(ID));
        add(g, dataset, uri(VOID + "triples"), integer(countQuads(dsg, self)));
        for (String vocabulary : List.of("https://w3id.org/claimgraph/ontology", "http://www.w3.org/ns/prov#",
                "https://schema.org/", "http://www.w3.org/ns/oa#", "http://www.opengis.net/ont/geosparql#")) {
            add(g, dataset, uri(VOID + "vocabulary"), uri(vocabulary));
        }
        for (String cls : PARTITIONS) {
            Node partition = uri(DATASET + "/class/" + cls);
            add(g, dataset, uri(VOID + "classPartition"), partition);
            add(g, partition, uri(VOID + "class"), uri(CG + cls));
            add(g, partition, uri(VOID + "entities"), integer(single(dsg,
                    "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?source a <" + CG + "Source> . ?s a <" + CG + cls
                            + "> } }")));
        }
        for (Target t : TARGETS) {
            Node target = uri(DATASET + "/target/" + t.slug());
            add(g, target, RDF.type.asNode(), uri(VOID + "Dataset"));
            add(g, target, uri(DCT + "title"), NodeFactory.createLiteralString(t.title()));
            add(g, target, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(t.uriSpace()));
            add(g, target, uri(FOAF + "homepage"), uri(t.homepage()));
            if (t.sparqlEndpoint() != null) {
                add(g, target, uri(VOID + "sparqlEndpoint"), uri(t.sparqlEndpoint()));
            }
            Node linkset = uri(DATASET + "/links/" + t.slug());
            add(g, dataset, uri(VOID + "subset"), linkset);
            add(g, linkset, RDF.type.asNode(), uri(VOID + "Linkset"));
            add(g, linkset, uri(DCT + "title"), NodeFactory.createLiteralString("owl:sameAs links to " + t.title()));
            add(g, linkset, uri(VOID + "linkPredicate"), OWL.sameAs.asNode());
            add(g, linkset, uri(VOID + "subjectsTarget"), dataset);
            add(g, linkset, uri(VOID + "objectsTarget"), target);
            add(g, linkset, uri(VOID + "triples"), integer(single(dsg,
                    "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?o { GRAPH ?g { ?s <" + OWL.sameAs.getURI()
                            + "> ?o } FILTER(STRSTARTS(STR(?o), \"" + t.uriSpace() + "\")) } }")));
        }
        return g;
    }

    private static long countQuads(DatasetGraph dsg, Node self) {
        long n = 0;
        var it = dsg.find();
        while (it.hasNext()) {
            if (!it.next().getGraph().equals(self)) {
                n++;
            }
        }
        return n;
    }

    private static long single(DatasetGraph dsg, String select) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(select).build()) {
            RowSet rows = exec.select();
            return ((Number) rows.next().get("n").getLiteralValue()).longValue();
        }
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(s, p, o);
    }
}
