package claimgraph.query;

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
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The linked-data bar over the seeds and the dev articles (../shared/dev), measured with the canned query
 * {@code link-coverage}: claims whose subject, location and claimant join Wikidata.
 */
class LinkCoverageTest {
    private static final Path DEV = Path.of("../shared/dev/articles");
    private static Table coverage;

    @BeforeAll
    static void convertSeedsAndDevArticles() {
        Assumptions.assumeTrue(Files.isDirectory(DEV), "../shared/dev/articles beside the repository");
        Extractor extractor = Extractor.of(Gazetteer.standard());
        Run run = new Run("0.1.0", Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:01Z"));
        DatasetGraph all = DatasetGraphFactory.createTxnMem();
        for (Path file : ArticleReader.expand(List.of(Path.of("seeds"), DEV))) {
            Article a = ArticleReader.read(file);
            ClaimMapper.toDataset(a, extractor.publisher(a), extractor.extract(a), run).find().forEachRemaining(all::add);
        }
        coverage = QueryCatalog.select(QueryCatalog.standard().get("link-coverage").sparql(), all, java.util.Map.of());
    }

    private static double share(String role, String column) {
        List<String> row = coverage.rows().stream().filter(r -> coverage.get(r, "role").equals(role)).findFirst().orElseThrow();
        return Double.parseDouble(coverage.get(row, column));
    }

    @Test
    void subjects_atLeast95PercentOfClaims_areLinkedToWikidata() {
        assertThat(share("subject", "linked_share")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void locations_atLeast90PercentOfClaimsThatNameAPlace_areLinkedToWikidata() {
        assertThat(share("location", "linked_share")).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void claimants_everyGazetteerEntityAmongThem_isLinkedToWikidata() {
        assertThat(share("claimant", "known_linked_share")).isEqualTo(1.0);
    }
}
