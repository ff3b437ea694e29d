package claimgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import claimgraph.extract.Extractor;
import claimgraph.extract.Gazetteer;
import claimgraph.ingest.Article;
import claimgraph.ingest.ArticleReader;
import claimgraph.rdf.ClaimMapper;
import claimgraph.rdf.Run;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimStoreTest {
    private static final Extractor EXTRACTOR = Extractor.of(Gazetteer.standard());

    @TempDir
    Path dir;

    private static DatasetGraph convert(String fileName, String text, Instant at) {
        Article a = ArticleReader.parse(fileName, text);
        return ClaimMapper.toDataset(a, EXTRACTOR.publisher(a), EXTRACTOR.extract(a), new Run("0.1.0", at, at));
    }

    private static final String V1 = "The NIS said 1,500 North Korean troops arrived in Russia.";
    private static final String V2 = "The NIS said 3,000 North Korean troops arrived in Russia.";

    @Test
    void replace_newArticle_isAdded_andTheSameTextAgainChangesNothing() {
        try (ClaimStore store = ClaimStore.open(dir)) {
            assertThat(store.replace("a.txt", convert("a.txt", V1, Instant.EPOCH))).isEqualTo(ClaimStore.Outcome.ADDED);
            long quads = store.stats().quads();
            assertThat(store.replace("a.txt", convert("a.txt", V1, Instant.now()))).isEqualTo(ClaimStore.Outcome.UNCHANGED);
            assertThat(store.stats().quads()).isEqualTo(quads);
        }
    }

    @Test
    void replace_editedArticle_replacesItsGraphAndDropsTheOldClaims() {
        try (ClaimStore store = ClaimStore.open(dir)) {
            store.replace("a.txt", convert("a.txt", V1, Instant.EPOCH));
            assertThat(store.replace("a.txt", convert("a.txt", V2, Instant.EPOCH))).isEqualTo(ClaimStore.Outcome.REPLACED);
            assertThat(store.stats().articles()).isEqualTo(1);
            assertThat(store.stats().claims()).isEqualTo(1);
            assertThat(values(store)).containsExactly("3000");
        }
    }

    @Test
    void replace_failingHalfway_leavesTheOldArticleWhole() {
        try (ClaimStore store = ClaimStore.open(dir)) {
            store.replace("a.txt", convert("a.txt", V1, Instant.EPOCH));
            long quads = store.stats().quads();
            DatasetGraph broken = breakAfter(convert("a.txt", V2, Instant.EPOCH), 10);
            assertThatThrownBy(() -> store.replace("a.txt", broken)).hasMessageContaining("disk unplugged");
            assertThat(store.stats().quads()).isEqualTo(quads);
            assertThat(values(store)).containsExactly("1500");
        }
    }

    @Test
    void open_reopenedStore_keepsWhatWasStored() {
        try (ClaimStore store = ClaimStore.open(dir)) {
            store.replace("a.txt", convert("a.txt", V1, Instant.EPOCH));
        }
        try (ClaimStore store = ClaimStore.open(dir)) {
            assertThat(store.stats().claims()).isEqualTo(1);
        }
    }

    @Test
    void compact_afterReplacements_keepsTheLatestContentAndShrinksTheStore() throws java.io.IOException {
        try (ClaimStore store = ClaimStore.open(dir)) {
            for (int i = 0; i < 30; i++) {
                store.replace("a.txt", convert("a.txt", i % 2 == 0 ? V1 : V2, Instant.EPOCH));
            }
            long before = size(dir);
            store.compact();
            assertThat(values(store)).containsExactly("3000");
            assertThat(size(dir)).isLessThan(before);
        }
    }

    private static long size(Path dir) throws java.io.IOException {
        try (var walk = java.nio.file.Files.walk(dir)) {
            return walk.filter(java.nio.file.Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    @Test
    void putGraph_replacesAReferenceGraph() {
        try (ClaimStore store = ClaimStore.open(dir)) {
            Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            g.add(Triple.create(NodeFactory.createURI("urn:a"), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:b")));
            store.putGraph("urn:ref", g);
            store.putGraph("urn:ref", g);
            assertThat(store.stats().quads()).isEqualTo(1);
        }
    }

    private static java.util.List<String> values(ClaimStore store) {
        Node value = NodeFactory.createURI("https://w3id.org/claimgraph/ontology#value");
        return Txn.calculateRead(store.dataset(), () -> store.dataset().stream(Node.ANY, Node.ANY, value, Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).toList());
    }

    /** The article's graph, but reading it fails after {@code n} triples, as if the input vanished mid-load. */
    private static DatasetGraph breakAfter(DatasetGraph article, int n) {
        Node name = article.listGraphNodes().next();
        AtomicInteger count = new AtomicInteger();
        Graph failing = new GraphWrapper(article.getGraph(name)) {
            @Override
            public ExtendedIterator<Triple> find() {
                return super.find().mapWith(t -> {
                    if (count.incrementAndGet() > n) {
                        throw new IllegalStateException("disk unplugged");
                    }
                    return t;
                });
            }
        };
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        out.addGraph(name, failing);
        return out;
    }
}
