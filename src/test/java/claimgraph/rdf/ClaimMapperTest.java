package claimgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import claimgraph.extract.Extractor;
import claimgraph.extract.Gazetteer;
import claimgraph.ingest.Article;
import claimgraph.ingest.ArticleReader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimMapperTest {
    private static final Extractor EXTRACTOR = Extractor.of(Gazetteer.standard());
    private static final Run RUN = new Run("0.1.0", Instant.parse("2024-12-01T00:00:00Z"), Instant.parse("2024-12-01T00:00:01Z"));

    static Stream<Path> articles() throws IOException {
        List<Path> files = new ArrayList<>(ArticleReader.expand(List.of(Path.of("seeds"))));
        Path dev = Path.of("../shared/dev/articles");
        if (Files.isDirectory(dev)) {
            files.addAll(ArticleReader.expand(List.of(dev)));
        }
        return files.stream();
    }

    private static DatasetGraph convert(Article a) {
        return ClaimMapper.toDataset(a, EXTRACTOR.publisher(a), EXTRACTOR.extract(a), RUN);
    }

    @ParameterizedTest
    @MethodSource("articles")
    void toDataset_everySeedAndDevArticle_passesTheShapes(Path file) {
        Validation.Result result = Validation.validate(convert(ArticleReader.read(file)), file.toString());
        assertThat(result.violations()).isEmpty();
        assertThat(result.conforms()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("articles")
    void toDataset_convertingTwice_givesIsomorphicGraphs(Path file) {
        Article a = ArticleReader.read(file);
        assertThat(IsoMatcher.isomorphic(convert(a), convert(ArticleReader.read(file)))).isTrue();
    }

    @Test
    void toDataset_graphIri_derivesFromTheTextNotTheFileName() {
        Article a = ArticleReader.parse("one.txt", "The NIS said 1,500 North Korean troops arrived in Russia.");
        Article b = ArticleReader.parse("two.txt", a.text());
        Article c = ArticleReader.parse("one.txt", a.text() + " ");
        assertThat(ClaimMapper.graphIri(a)).isEqualTo(ClaimMapper.graphIri(b)).isNotEqualTo(ClaimMapper.graphIri(c));
    }

    @Test
    void toDataset_sameActorAndDestination_shareOneDeploymentAcrossArticles() {
        DatasetGraph one = convert(ArticleReader.parse("a.txt", "The NIS said 1,500 North Korean troops arrived in Russia's Kursk region."));
        DatasetGraph two = convert(ArticleReader.parse("b.txt", "Kyiv said 3,000 North Korean soldiers were fighting in the Kursk region."));
        assertThat(deployments(one)).isNotEmpty().isEqualTo(deployments(two));
    }

    private static List<Node> deployments(DatasetGraph dsg) {
        Node p = NodeFactory.createURI(CG.deployment.getURI());
        return dsg.stream(Node.ANY, Node.ANY, p, Node.ANY).map(q -> q.getObject()).distinct().toList();
    }

    /** Golden file: a hand-written article and the graph it must give, compared by isomorphism. */
    @Test
    void toDataset_goldenArticle_givesTheExpectedGraph() throws IOException {
        Path dir = Path.of("src/test/resources/golden");
        Article a = ArticleReader.read(dir.resolve("golden_reuters_2024-12-02.txt"));
        DatasetGraph actual = convert(a);
        Graph got = actual.getGraph(NodeFactory.createURI(ClaimMapper.graphIri(a)));
        Graph want = RDFDataMgr.loadGraph(dir.resolve("golden_reuters_2024-12-02.ttl").toString());
        if (!got.isIsomorphicWith(want)) {
            throw new AssertionError("graph differs from the golden file\nmissing:\n" + trig(minus(want, got))
                    + "\nunexpected:\n" + trig(minus(got, want)));
        }
    }

    private static Graph minus(Graph a, Graph b) {
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        a.find().forEachRemaining((Triple t) -> {
            if (t.getSubject().isBlank() || !b.contains(t)) {
                out.add(t);
            }
        });
        return out;
    }

    private static String trig(Graph g) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, g, Lang.TURTLE);
        return w.toString();
    }
}
