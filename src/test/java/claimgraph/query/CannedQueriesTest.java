package claimgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import claimgraph.extract.Extractor;
import claimgraph.extract.Gazetteer;
import claimgraph.ingest.Article;
import claimgraph.ingest.ArticleReader;
import claimgraph.rdf.ClaimMapper;
import claimgraph.rdf.Iris;
import claimgraph.rdf.Run;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query of {@code queries/} over the five seed articles, converted as the {@code claims} command does (one
 * named graph per article, plus the ontology and gazetteer graphs). The expected rows were read off the claims
 * table of the seeds.
 */
class CannedQueriesTest {
    private static final String ID = "https://w3id.org/claimgraph/id/";
    private static final Run RUN = new Run("0.1.0", Instant.parse("2024-12-01T00:00:00Z"), Instant.parse("2024-12-01T00:00:01Z"));
    /**
     * The queries this class checks row by row; a new file in queries/ needs a test here too, or, if it calls
     * Wikidata through SERVICE, in {@code claimgraph.serve.LinkedDataIT} (which routes it to a local fixture).
     */
    private static final Set<String> TESTED = Set.of("claims", "estimates-over-time", "conflicting-estimates", "casualties",
            "materiel-transfers", "claims-by-claimant", "sources", "claim-provenance", "deployments", "claims-on-map", "link-coverage");
    private static final String NK_12000 = ID + "claim/e3fa39544b66bfee/personnel-12000";
    /** An IRI from the seeds for each query parameter name. */
    private static final Map<String, String> SAMPLE_PARAMS = Map.of("claim", NK_12000);

    private static DatasetGraph seeds;
    private static Map<String, Article> articles;

    @BeforeAll
    static void convertSeeds() {
        Extractor extractor = Extractor.of(Gazetteer.standard());
        seeds = DatasetGraphFactory.createTxnMem();
        articles = new LinkedHashMap<>();
        for (Path file : ArticleReader.expand(List.of(Path.of("seeds")))) {
            Article a = ArticleReader.read(file);
            articles.put(a.fileName(), a);
            ClaimMapper.toDataset(a, extractor.publisher(a), extractor.extract(a), RUN).find().forEachRemaining(seeds::add);
        }
        RDFDataMgr.read(seeds.getGraph(NodeFactory.createURI(Iris.ontologyGraph())), "ontology/claimgraph.ttl");
        seeds.addGraph(NodeFactory.createURI(Iris.gazetteerGraph()), extractor.gazetteer().model().getGraph());
    }

    static Stream<String> queryNames() {
        return QueryCatalog.standard().all().stream().map(CannedQuery::name);
    }

    private static List<Map<String, String>> run(String name) {
        return run(name, Map.of());
    }

    private static List<Map<String, String>> run(String name, Map<String, String> params) {
        return run(name, params, seeds);
    }

    private static List<Map<String, String>> run(String name, Map<String, String> params, DatasetGraph dsg) {
        Table t = QueryCatalog.select(QueryCatalog.standard().get(name).sparql(), dsg, params);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : t.rows()) {
            Map<String, String> row = new LinkedHashMap<>();
            t.columns().forEach(c -> row.put(c, t.get(r, c)));
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, String> only(List<Map<String, String>> rows, String column, String value) {
        List<Map<String, String>> found = rows.stream().filter(r -> value.equals(r.get(column))).toList();
        assertThat(found).as("rows with %s = %s", column, value).hasSize(1);
        return found.get(0);
    }

    private static List<String> column(List<Map<String, String>> rows, String column) {
        return rows.stream().map(r -> r.get(column)).toList();
    }

    @Test
    void catalog_everyRqFileInQueries_isLoadedWithTitleDescriptionAndView() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
        List<CannedQuery> all = QueryCatalog.standard().all();
        assertThat(all).extracting(CannedQuery::name).containsExactlyElementsOf(files);
        assertThat(QueryCatalog.from(Path.of("queries")).all()).isEqualTo(all);
        assertThat(all).allSatisfy(q -> {
            assertThat(q.title()).as(q.name()).isNotBlank();
            assertThat(q.description()).as(q.name()).isNotBlank();
            assertThat(QueryCatalog.VIEWS).as(q.name()).contains(q.view());
        });
        List<String> local = all.stream().filter(q -> !isFederated(q)).map(CannedQuery::name).toList();
        assertThat(local).as("queries without a seed test in this class").containsExactlyInAnyOrderElementsOf(TESTED);
    }

    /** Whether a query calls another endpoint: those need the network or a route, so they are tested elsewhere. */
    private static boolean isFederated(CannedQuery q) {
        boolean[] service = {false};
        ElementWalker.walk(QueryFactory.create(q.sparql()).getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                service[0] = true;
            }
        });
        return service[0];
    }

    @ParameterizedTest
    @MethodSource("queryNames")
    void everyQuery_seeds_isASortedSelectThatReturnsRows(String name) {
        CannedQuery q = QueryCatalog.standard().get(name);
        var parsed = QueryFactory.create(q.sparql());
        assertThat(parsed.isSelectType()).as(q.name()).isTrue();
        q.params().forEach(p -> assertThat(parsed.getQueryPattern().toString()).as(q.name()).contains("?" + p));
        if (q.params().isEmpty()) {
            assertThat(parsed.hasOrderBy()).as(q.name() + " needs ORDER BY for stable output").isTrue();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String p : q.params()) {
            assertThat(SAMPLE_PARAMS).as("a sample IRI for parameter '%s' of %s", p, name).containsKey(p);
            params.put(p, SAMPLE_PARAMS.get(p));
        }
        if (!isFederated(q)) {
            assertThat(run(q.name(), params)).as(q.name()).isNotEmpty().isEqualTo(run(q.name(), params));
        }
    }

    @Test
    void claims_seeds_giveOneRowPerClaim() {
        List<Map<String, String>> rows = run("claims");
        assertThat(rows).hasSize(21);
        assertThat(only(rows, "claim", ID + "claim/e3fa39544b66bfee/personnel-100000"))
                .containsEntry("value", "100000").containsEntry("qualifier", "up to").containsEntry("status", "possible")
                .containsEntry("claimant", "Bloomberg");
    }

    @Test
    void estimatesOverTime_seeds_listEveryPersonnelClaimByDateUndatedLast() {
        List<Map<String, String>> rows = run("estimates-over-time");
        assertThat(rows.get(0).keySet()).containsExactly("date", "deployment", "subject", "claimant", "claimant_iri", "value",
                "qualifier", "status", "source", "claim");
        assertThat(rows).hasSize(17).allSatisfy(r -> assertThat(r.get("claim")).contains("/personnel-"));
        assertThat(only(rows, "claim", NK_12000)).containsEntry("date", "2024-11-17")
                .containsEntry("deployment", "North Korea (destination not stated)").containsEntry("subject", "North Korea")
                .containsEntry("claimant", "Ukrainian intelligence")
                .containsEntry("claimant_iri", ID + "actor/defence-intelligence-of-ukraine").containsEntry("value", "12000")
                .containsEntry("qualifier", "approximately").containsEntry("status", "actual")
                .containsEntry("source", "000_65fbc1b7070f10d2.txt");
        assertThat(only(rows, "claim", ID + "claim/7cf9275e42edce8f/personnel-10000")).containsEntry("date", "2024-11-05")
                .containsEntry("deployment", "North Korea in Russia").containsEntry("claimant", "South Korea")
                .containsEntry("qualifier", "more than");
        List<String> dates = column(rows, "date");
        assertThat(dates.subList(0, 13)).isSorted().doesNotContain("").startsWith("2024-10-20").endsWith("2024-11-17");
        assertThat(dates.subList(13, 17)).containsOnly("");
    }

    @Test
    void conflictingEstimates_seeds_compareEachSourcesLargestFigure() {
        List<Map<String, String>> rows = run("conflicting-estimates");
        assertThat(column(rows, "deployment")).containsExactly("North Korea (destination not stated)",
                "North Korea in Kursk Oblast");
        assertThat(column(rows, "measure")).containsOnly("personnel");
        // 000 says up to 100,000 (Bloomberg) and 12,000 with 500 officers and three generals (Ukrainian intelligence),
        // 002 says 11,000, 004 says around 10,000: the articles' largest figures are 100,000, 11,000 and 10,000
        Map<String, String> unstated = only(rows, "deployment", "North Korea (destination not stated)");
        assertThat(unstated).containsEntry("claims", "6").containsEntry("distinct_values", "3")
                .containsEntry("min_value", "10000").containsEntry("max_value", "100000").containsEntry("spread", "90000")
                .containsEntry("claimants", "Bloomberg; South Korean legislator; Ukrainian intelligence; Volodymyr Zelenskyy");
        assertThat(new BigDecimal(unstated.get("ratio"))).isEqualByComparingTo("10");
        // 002: 4,000 and 6,000 planned for Kursk (largest 6,000); 003: about 11,000 in the Kursk region
        Map<String, String> kursk = only(rows, "deployment", "North Korea in Kursk Oblast");
        assertThat(kursk).containsEntry("claims", "3").containsEntry("distinct_values", "2").containsEntry("min_value", "6000")
                .containsEntry("max_value", "11000").containsEntry("spread", "5000").containsEntry("claimants", "GUR; Russia")
                .containsEntry("deployment_iri", ID + "deployment/north-korea/kursk-oblast");
        assertThat(new BigDecimal(kursk.get("ratio"))).isEqualByComparingTo("1.83");
    }

    @Test
    void conflictingEstimates_partsOfAFigureInOneArticle_areNoConflict() {
        // 001 and 004 both put North Korea's troops in Russia at 12,000 at most; 500 officers, three generals and the
        // 1,500 already arrived are parts of those figures, not rival estimates
        assertThat(column(run("conflicting-estimates"), "deployment")).doesNotContain("North Korea in Russia");
    }

    @Test
    void casualties_seeds_listTheTwoKilledClaimsLargestFirst() {
        List<Map<String, String>> rows = run("casualties");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("subject", "North Korea").containsEntry("measure", "killed")
                .containsEntry("value", "600").containsEntry("qualifier", "approximately").containsEntry("status", "actual")
                .containsEntry("claimant", "South Korean intelligence").containsEntry("date", "")
                .containsEntry("source", "002_418f8f1f9bd437a5.txt");
        assertThat(rows.get(1)).containsEntry("value", "40").containsEntry("qualifier", "up to")
                .containsEntry("claimant", "South Korean media").containsEntry("date", "2024-11-05")
                .containsEntry("claim", ID + "claim/7cf9275e42edce8f/killed-40");
    }

    @Test
    void materielTransfers_seeds_listNorthKoreanShellsAndContainers() {
        List<Map<String, String>> rows = run("materiel-transfers");
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r).containsEntry("supplier", "North Korea")
                .containsEntry("claimant", "reports").containsEntry("source", "004_99cca0feeca0d213.txt"));
        assertThat(only(rows, "value", "13000")).containsEntry("recipient", "Russia").containsEntry("location", "Russia")
                .containsEntry("qualifier", "more than").containsEntry("status", "actual")
                .containsEntry("quote", "Since August, Pyongyang has reportedly sent over 13,000 shipping containers filled"
                        + " with artillery shells, missiles, and anti-tank rockets to Russia.");
        assertThat(only(rows, "value", "8000000")).containsEntry("recipient", "").containsEntry("qualifier", "up to")
                .containsEntry("claim", ID + "claim/3a366aaa5a51a59b/materiel-8000000");
    }

    @Test
    void claimsByClaimant_seeds_putUkrainianIntelligenceFirst() {
        List<Map<String, String>> rows = run("claims-by-claimant");
        assertThat(rows).hasSize(11);
        assertThat(rows.stream().mapToInt(r -> Integer.parseInt(r.get("claims"))).sum()).isEqualTo(21);
        assertThat(rows.get(0)).containsEntry("claimant", "Defence Intelligence of Ukraine")
                .containsEntry("kind", "IntelligenceService").containsEntry("claims", "8").containsEntry("sources", "4")
                .containsEntry("measures", "personnel");
        assertThat(only(rows, "claimant", "National Intelligence Service")).containsEntry("claims", "2")
                .containsEntry("measures", "killed, personnel");
        assertThat(only(rows, "claimant", "reports")).containsEntry("kind", "Group, LocalActor")
                .containsEntry("measures", "materiel");
        assertThat(only(rows, "claimant", "Volodymyr Zelenskyy")).containsEntry("kind", "Person");
    }

    @Test
    void sources_seeds_listFiveArticlesWithHashClaimsAndRun() {
        List<Map<String, String>> rows = run("sources");
        assertThat(column(rows, "source")).containsExactlyElementsOf(articles.keySet());
        assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("sha256", Iris.sha256(articles.get(r.get("source")).text()))
                .containsEntry("software_version", "0.1.0").containsEntry("extracted", "2024-12-01T00:00:01Z"));
        assertThat(column(rows, "claims")).containsExactly("5", "5", "4", "1", "6");
        assertThat(only(rows, "source", "001_c89360cfc73fa7b4.txt"))
                .containsEntry("headline", "Over 10,000 North Korean Troops Deployed in Russia for Ukraine War Support")
                .containsEntry("date", "2024-11-05").containsEntry("measures", "killed, personnel");
        assertThat(only(rows, "source", "004_99cca0feeca0d213.txt")).containsEntry("date", "2024-10-20")
                .containsEntry("measures", "materiel, personnel");
    }

    @Test
    void claimProvenance_oneClaim_givesItsSentenceOffsetsFileAndHash() {
        List<Map<String, String>> rows = run("claim-provenance", Map.of("claim", NK_12000));
        assertThat(rows).hasSize(1);
        Map<String, String> row = rows.get(0);
        String sentence = "There are approximately 12 000 military personnel, including 500 officers and three generals.";
        Article article = articles.get("000_65fbc1b7070f10d2.txt");
        assertThat(row).containsEntry("value", "12000").containsEntry("value_text", "approximately 12 000")
                .containsEntry("measure", "personnel").containsEntry("qualifier", "approximately")
                .containsEntry("status", "actual").containsEntry("subject", "North Korea")
                .containsEntry("claimant", "Ukrainian intelligence").containsEntry("claimant_label", "Defence Intelligence of Ukraine")
                .containsEntry("sentence", sentence).containsEntry("source", "000_65fbc1b7070f10d2.txt")
                .containsEntry("sha256", "e3fa39544b66bfeea6e4fe12648e3dc7f1c95bebb07aca80335e2a1cebef2481")
                .containsEntry("sha256", Iris.sha256(article.text())).containsEntry("body", article.text())
                .containsEntry("date", "2024-11-17").containsEntry("extraction", ID + "extraction/e3fa39544b66bfee-0.1.0")
                .containsEntry("software_version", "0.1.0").containsEntry("extracted", "2024-12-01T00:00:01Z");
        assertThat(row.get("body").substring(Integer.parseInt(row.get("start")), Integer.parseInt(row.get("end"))))
                .isEqualTo(sentence);
    }

    @Test
    void claimProvenance_everySeedClaim_offsetsGiveBackItsSentence() {
        for (String claim : column(run("claims"), "claim")) {
            List<Map<String, String>> rows = run("claim-provenance", Map.of("claim", claim));
            assertThat(rows).as(claim).hasSize(1);
            Map<String, String> row = rows.get(0);
            assertThat(row.get("body").substring(Integer.parseInt(row.get("start")), Integer.parseInt(row.get("end"))))
                    .as(claim).isEqualTo(row.get("sentence"));
        }
    }

    @Test
    void claimProvenance_unknownClaim_givesNoRow() {
        assertThat(run("claim-provenance", Map.of("claim", ID + "claim/0000000000000000/personnel-1"))).isEmpty();
    }

    @Test
    void deployments_seeds_listSixDeploymentsWithTheVerifiedCoordinatesOfTheirDestinations() {
        List<Map<String, String>> rows = run("deployments");
        assertThat(rows).hasSize(6);
        // ontology/links.tsv gives Russia, Ukraine and Kursk Oblast coordinates (two sources or more each); the
        // Russian Far East has none verified yet
        assertThat(rows).filteredOn(r -> r.get("destination").equals("Russia"))
                .allSatisfy(r -> assertThat(r).containsEntry("lat", "60.0").containsEntry("long", "100.0"));
        assertThat(rows).filteredOn(r -> r.get("destination").equals("Ukraine"))
                .allSatisfy(r -> assertThat(r).containsEntry("lat", "49.0").containsEntry("long", "32.0"));
        assertThat(rows).filteredOn(r -> r.get("destination").equals("Kursk Oblast"))
                .hasSize(2).allSatisfy(r -> assertThat(r).containsEntry("lat", "51.7358").containsEntry("long", "36.2921"));
        assertThat(rows).filteredOn(r -> r.get("destination").isEmpty() || r.get("destination").equals("Russian Far East"))
                .hasSize(2).allSatisfy(r -> assertThat(r).containsEntry("lat", "").containsEntry("long", ""));
        assertThat(rows.get(0)).containsEntry("deployment", "North Korea (destination not stated)")
                .containsEntry("actor", "North Korea").containsEntry("destination", "").containsEntry("claims", "8")
                .containsEntry("max_personnel", "100000");
        assertThat(only(rows, "deployment", "North Korea in Russia")).containsEntry("destination", "Russia")
                .containsEntry("claims", "7").containsEntry("max_personnel", "12000")
                .containsEntry("deployment_iri", ID + "deployment/north-korea/russia");
        assertThat(only(rows, "deployment", "North Korea in Ukraine")).containsEntry("claims", "1")
                .containsEntry("max_personnel", "");
        assertThat(only(rows, "deployment", "Russia in Kursk Oblast")).containsEntry("actor", "Russia")
                .containsEntry("destination", "Kursk Oblast").containsEntry("max_personnel", "50000");
    }

    @Test
    void claimsOnMap_seeds_giveEveryClaimAtAPlaceWithCoordinates() {
        List<Map<String, String>> rows = run("claims-on-map");
        assertThat(rows.get(0).keySet()).containsExactly("place", "measure", "value", "subject", "claimant", "publisher",
                "date", "source", "lat", "long", "claim");
        // ontology/links.tsv gives Kursk Oblast, Russia and Ukraine coordinates; the Russian Far East has none yet, and
        // claims without a place are left out
        assertThat(rows).hasSize(12).allSatisfy(r -> assertThat(r.get("lat")).isNotEmpty());
        assertThat(column(rows, "place")).containsOnly("Kursk Oblast", "Russia", "Ukraine")
                .startsWith("Kursk Oblast").endsWith("Ukraine");
        assertThat(rows).filteredOn(r -> r.get("place").equals("Kursk Oblast"))
                .hasSize(4).allSatisfy(r -> assertThat(r).containsEntry("lat", "51.7358").containsEntry("long", "36.2921"));
        assertThat(rows).filteredOn(r -> r.get("place").equals("Russia"))
                .hasSize(7).allSatisfy(r -> assertThat(r).containsEntry("lat", "60.0").containsEntry("long", "100.0"));
        assertThat(column(rows, "value").subList(0, 4)).containsExactly("50000", "11000", "6000", "4000");
        assertThat(column(rows, "value").subList(4, 11)).containsExactly("13000", "12000", "12000", "10000", "1500", "500", "3");
        assertThat(only(rows, "claim", ID + "claim/7ba6ae748f9dd1e8/killed-600")).containsEntry("place", "Ukraine")
                .containsEntry("lat", "49.0").containsEntry("long", "32.0").containsEntry("measure", "killed")
                .containsEntry("value", "600").containsEntry("subject", "North Korea")
                .containsEntry("claimant", "South Korean intelligence").containsEntry("date", "")
                .containsEntry("source", "002_418f8f1f9bd437a5.txt");
        assertThat(only(rows, "claim", ID + "claim/3a366aaa5a51a59b/materiel-13000")).containsEntry("measure", "materiel")
                .containsEntry("date", "2024-10-20").containsEntry("claimant", "reports");
        assertThat(only(rows, "claim", ID + "claim/7cf9275e42edce8f/personnel-10000")).containsEntry("measure", "personnel")
                .containsEntry("claimant", "South Korea").containsEntry("date", "2024-11-05");
        assertThat(column(rows, "claim")).doesNotHaveDuplicates()
                .isSubsetOf(column(run("claims"), "claim")).doesNotContain(NK_12000);
    }

    @Test
    void linkCoverage_seeds_countsAgreeWithTheClaimsTable() {
        List<Map<String, String>> rows = run("link-coverage");
        List<Map<String, String>> claims = run("claims");
        assertThat(column(rows, "role")).containsExactly("subject", "location", "claimant");
        Map<String, String> subject = only(rows, "role", "subject");
        assertThat(subject).containsEntry("claims", String.valueOf(claims.size()))
                .containsEntry("known", String.valueOf(claims.size()))
                .containsEntry("linked", count(claims, r -> !r.get("subject_wikidata").isEmpty()));
        assertThat(only(rows, "role", "location"))
                .containsEntry("claims", count(claims, r -> !r.get("location").isEmpty()))
                .containsEntry("linked", count(claims, r -> !r.get("location_wikidata").isEmpty()));
        Map<String, String> claimant = only(rows, "role", "claimant");
        assertThat(claimant).containsEntry("claims", String.valueOf(claims.size()))
                .containsEntry("linked", count(claims, r -> !r.get("claimant_wikidata").isEmpty()));
        // 'reports', 'some estimates' and 'South Korean media' are local actors, not gazetteer entities
        assertThat(Integer.parseInt(claimant.get("known"))).isLessThan(claims.size());
        assertThat(rows).allSatisfy(r -> {
            double share = Integer.parseInt(r.get("linked")) / (double) Integer.parseInt(r.get("claims"));
            assertThat(Double.parseDouble(r.get("linked_share"))).isCloseTo(share, org.assertj.core.data.Offset.offset(0.0005));
        });
    }

    private static String count(List<Map<String, String>> rows, java.util.function.Predicate<Map<String, String>> p) {
        return String.valueOf(rows.stream().filter(p).count());
    }

    @Test
    void deployments_destinationWithAPointInAnotherGraph_givesLatAndLong() {
        DatasetGraph withCoordinates = DatasetGraphFactory.createTxnMem();
        seeds.find().forEachRemaining(withCoordinates::add);
        String geosparql = "http://www.opengis.net/ont/geosparql#";
        var graph = NodeFactory.createURI("urn:test:coordinates");
        var farEast = NodeFactory.createURI(ID + "place/russian-far-east");
        var geometry = NodeFactory.createURI(ID + "place/russian-far-east#geometry");
        withCoordinates.add(graph, farEast, NodeFactory.createURI(geosparql + "hasGeometry"), geometry);
        withCoordinates.add(graph, geometry, NodeFactory.createURI(geosparql + "asWKT"), NodeFactory.createLiteralDT(
                "POINT(135.0 55.0)", org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(geosparql + "wktLiteral")));
        List<Map<String, String>> rows = run("deployments", Map.of(), withCoordinates);
        assertThat(rows).hasSize(6);
        assertThat(rows).filteredOn(r -> r.get("destination").equals("Russian Far East")).hasSize(1)
                .allSatisfy(r -> assertThat(r).containsEntry("lat", "55.0").containsEntry("long", "135.0"));
        assertThat(rows).filteredOn(r -> r.get("destination").isEmpty())
                .allSatisfy(r -> assertThat(r).containsEntry("lat", "").containsEntry("long", ""));
    }
}
