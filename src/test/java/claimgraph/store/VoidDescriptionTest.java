package claimgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import claimgraph.extract.Extractor;
import claimgraph.extract.Gazetteer;
import claimgraph.ingest.Article;
import claimgraph.ingest.ArticleReader;
import claimgraph.rdf.ClaimMapper;
import claimgraph.rdf.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's VoID description: valid against ontology/void-shapes.ttl, and every figure equal to a recount. */
class VoidDescriptionTest {
    private static final Extractor EXTRACTOR = Extractor.of(Gazetteer.standard());
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String CG = "https://w3id.org/claimgraph/ontology#";
    private static final Node DATASET = NodeFactory.createURI("https://w3id.org/claimgraph/id/dataset");
    private static final Node SELF = NodeFactory.createURI(ClaimStore.VOID_GRAPH);
    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-02-01T00:00:00Z");

    @TempDir
    Path dir;
    private ClaimStore store;

    @BeforeEach
    void seeds() throws Exception {
        store = ClaimStore.open(dir);
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.sorted().toList()) {
                store.replace(f.getFileName().toString(), convert(ArticleReader.read(f)));
            }
        }
        store.putGraph("https://w3id.org/claimgraph/graph/gazetteer", Gazetteer.standard().model().getGraph());
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private static DatasetGraph convert(Article a) {
        return ClaimMapper.toDataset(a, EXTRACTOR.publisher(a), EXTRACTOR.extract(a), new Run("0.1.0", FIRST, FIRST));
    }

    private Graph description() {
        DatasetGraph dsg = store.dataset();
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> dsg.getGraph(SELF).find().forEachRemaining(g::add));
        return g;
    }

    private static long integer(Graph g, Node s, String property) {
        Triple t = g.find(s, NodeFactory.createURI(VOID + property), Node.ANY).next();
        return Long.parseLong(t.getObject().getLiteralLexicalForm());
    }

    private static Node partition(Graph g, String cls) {
        return g.find(Node.ANY, NodeFactory.createURI(VOID + "class"), NodeFactory.createURI(CG + cls)).next().getSubject();
    }

    private static Node linkset(Graph g, String slug) {
        return NodeFactory.createURI("https://w3id.org/claimgraph/id/dataset/links/" + slug);
    }

    @Test
    void describe_conformsToTheVoidShapes() {
        store.describe(FIRST);
        ValidationReport report = ShaclValidator.get().validate(shapes(), description());
        assertThat(report.conforms()).as(() -> report.getEntries().toString()).isTrue();
    }

    @Test
    void voidShapes_rejectALinksetWithoutItsPredicateOrCount() {
        store.describe(FIRST);
        Graph broken = description();
        Node wikidata = linkset(broken, "wikidata");
        broken.remove(wikidata, NodeFactory.createURI(VOID + "linkPredicate"), Node.ANY);
        broken.remove(wikidata, NodeFactory.createURI(VOID + "triples"), Node.ANY);
        ValidationReport report = ShaclValidator.get().validate(shapes(), broken);
        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries()).extracting(e -> e.message())
                .anyMatch(m -> m.contains("void:linkPredicate is owl:sameAs"))
                .anyMatch(m -> m.contains("one void:triples"))
                .allMatch(m -> m.contains("void:linkPredicate") || m.contains("void:triples"));
    }

    @Test
    void describe_countsMatchTheStore() {
        store.describe(FIRST);
        Graph d = description();
        DatasetGraph dsg = store.dataset();
        Txn.executeRead(dsg, () -> {
            long quads = 0;
            Set<Node> claims = new HashSet<>();
            Set<Node> sources = new HashSet<>();
            Set<String> wikidata = new HashSet<>();
            Set<String> dbpedia = new HashSet<>();
            Set<String> geonames = new HashSet<>();
            for (var it = dsg.find(); it.hasNext(); ) {
                Quad q = it.next();
                if (q.getGraph().equals(SELF)) {
                    continue;
                }
                quads++;
                if (q.getPredicate().equals(RDF.type.asNode()) && q.getObject().equals(NodeFactory.createURI(CG + "Claim"))) {
                    claims.add(q.getSubject());
                }
                if (q.getPredicate().equals(RDF.type.asNode()) && q.getObject().equals(NodeFactory.createURI(CG + "Source"))) {
                    sources.add(q.getSubject());
                }
                if (q.getPredicate().equals(OWL.sameAs.asNode())) {
                    String link = q.getSubject() + " " + q.getObject();
                    String o = q.getObject().getURI();
                    (o.startsWith("http://www.wikidata.org/entity/") ? wikidata
                            : o.startsWith("http://dbpedia.org/resource/") ? dbpedia : geonames).add(link);
                }
            }
            assertThat(integer(d, DATASET, "triples")).isEqualTo(quads);
            assertThat(integer(d, partition(d, "Claim"), "entities")).isEqualTo(claims.size()).isEqualTo(store.stats().claims());
            assertThat(integer(d, partition(d, "Source"), "entities")).isEqualTo(sources.size()).isEqualTo(5);
            assertThat(integer(d, linkset(d, "wikidata"), "triples")).isEqualTo(wikidata.size()).isPositive();
            assertThat(integer(d, linkset(d, "dbpedia"), "triples")).isEqualTo(dbpedia.size()).isPositive();
            assertThat(integer(d, linkset(d, "geonames"), "triples")).isEqualTo(geonames.size()).isPositive();
        });
    }

    @Test
    void describe_sameFiguresAgain_keepsTheOldDate_newArticle_updatesFiguresAndDate() {
        store.describe(FIRST);
        store.describe(LATER);
        assertThat(modified()).isEqualTo(FIRST.toString());

        long claims = integer(description(), partition(description(), "Claim"), "entities");
        store.replace("extra.txt", convert(ArticleReader.parse("extra.txt",
                "The NIS said 1,500 North Korean troops arrived in Russia.")));
        store.describe(LATER);
        assertThat(modified()).isEqualTo(LATER.toString());
        assertThat(integer(description(), partition(description(), "Claim"), "entities")).isEqualTo(claims + 1);
    }

    private String modified() {
        return description().find(DATASET, NodeFactory.createURI("http://purl.org/dc/terms/modified"), Node.ANY)
                .next().getObject().getLiteralLexicalForm();
    }

    private static Shapes shapes() {
        return Shapes.parse(RDFParser.source(Path.of("ontology/void-shapes.ttl")).toGraph());
    }
}
