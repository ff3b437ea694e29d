package claimgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import claimgraph.LocalFuseki;
import claimgraph.extract.Extractor;
import claimgraph.extract.Gazetteer;
import claimgraph.ingest.Article;
import claimgraph.ingest.ArticleReader;
import claimgraph.query.QueryCatalog;
import claimgraph.rdf.ClaimMapper;
import claimgraph.rdf.Run;
import claimgraph.store.ClaimStore;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graph as part of the Web of Data, over HTTP: the VoID description at {@code /.well-known/void}, and the
 * federated canned queries run against a second, local Fuseki holding a Wikidata-shaped fixture (same IRIs and
 * {@code wdt:} properties) to which {@code SERVICE <https://query.wikidata.org/sparql>} is routed.
 */
class LinkedDataIT {
    private static final String WIKIDATA = "https://query.wikidata.org/sparql";
    private static final String VOID = "http://rdfs.org/ns/void#";

    @TempDir
    static Path storeDir;
    private static ClaimStore store;
    private static LocalFuseki fixture;
    private static String fixtureUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private ClaimServer server;

    @BeforeAll
    static void buildStoreAndFixture() {
        store = ClaimStore.open(storeDir);
        Gazetteer gazetteer = Gazetteer.standard();
        Extractor extractor = Extractor.of(gazetteer);
        Instant at = Instant.parse("2024-12-01T00:00:00Z");
        for (Path file : ArticleReader.expand(List.of(Path.of("seeds")))) {
            Article a = ArticleReader.read(file);
            store.replace(file.getFileName().toString(),
                    ClaimMapper.toDataset(a, extractor.publisher(a), extractor.extract(a), new Run("0.1.0", at, at)));
        }
        store.putGraph("https://w3id.org/claimgraph/graph/gazetteer", gazetteer.model().getGraph());
        store.describe(at);

        DatasetGraph wikidata = DatasetGraphFactory.createTxnMem();
        RDFParser.source(Path.of("src/test/resources/fixtures/wikidata.ttl")).parse(wikidata.getDefaultGraph());
        fixture = LocalFuseki.serve("wikidata", wikidata);
        fixtureUrl = fixture.sparql();
    }

    @AfterAll
    static void stopFixture() {
        fixture.close();
        store.close();
    }

    @AfterEach
    void stopServer() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    // ---- VoID

    @Test
    void wellKnownVoid_isTheStoredDescriptionWithThisEndpoint_andConformsToTheVoidShapes() throws Exception {
        start(ServerConfig.builder().port(0).build());
        HttpResponse<String> r = get("/.well-known/void", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        Graph served = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();

        Node dataset = NodeFactory.createURI("https://w3id.org/claimgraph/id/dataset");
        assertThat(served.contains(dataset, NodeFactory.createURI(VOID + "sparqlEndpoint"),
                NodeFactory.createURI(server.sparqlUrl()))).isTrue();
        Shapes shapes = Shapes.parse(RDFParser.source(Path.of("ontology/void-shapes.ttl")).toGraph());
        assertThat(ShaclValidator.get().validate(shapes, served).conforms()).isTrue();
        // the description is also in the store, so it can be queried like everything else
        ResultSet rs = select("PREFIX void: <" + VOID + "> SELECT ?n { <" + dataset.getURI() + "> void:triples ?n }");
        assertThat(rs.next().getLiteral("n").getLong()).isEqualTo(literalLong(served, dataset, "triples")).isPositive();
    }

    @Test
    void wellKnownVoid_answersJsonLdWhenAsked() throws Exception {
        start(ServerConfig.builder().port(0).build());
        HttpResponse<String> r = get("/.well-known/void", "application/ld+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/ld+json"));
        Graph served = RDFParser.fromString(r.body(), Lang.JSONLD).toGraph();
        assertThat(served.find(Node.ANY, NodeFactory.createURI(VOID + "linkPredicate"), Node.ANY).toList()).hasSize(3);
    }

    @Test
    void wellKnownVoid_ofAStoreNeverDescribed_is404WithAReason() throws Exception {
        DatasetGraph empty = DatasetGraphFactory.createTxnMem();
        server = ClaimServer.start(empty, ServerConfig.builder().port(0).build());
        toClose.add(server);
        HttpResponse<String> r = get("/.well-known/void", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("no VoID description");
    }

    // ---- Federated canned queries

    @Test
    void claimantsByCountry_routedToTheFixture_groupsLinkedClaimantsByTheirWikidataCountry() throws Exception {
        start(ServerConfig.builder().port(0).routeService(WIKIDATA, fixtureUrl).build());
        Map<String, QuerySolution> byCountry = new HashMap<>();
        ResultSet rs = select(QueryCatalog.standard().get("claimants-by-country").sparql());
        rs.forEachRemaining(s -> byCountry.put(s.getLiteral("country").getString(), s));

        // the seeds quote Russia and South Korea as states; labels come back in English only
        assertThat(byCountry).containsKeys("Russia", "South Korea").doesNotContainKeys("Russie", "Corée du Sud");
        assertThat(byCountry.get("Russia").getResource("country_wikidata").getURI())
                .isEqualTo("http://www.wikidata.org/entity/Q159");
        assertThat(byCountry.get("Russia").getLiteral("claims").getInt()).isEqualTo(claimsOfClaimant("Q159"));
        assertThat(byCountry.get("South Korea").getLiteral("claimants").getString()).contains("South Korea");
    }

    @Test
    void deploymentsWithPopulation_routedToTheFixture_givesThePopulationAndTheShare() throws Exception {
        start(ServerConfig.builder().port(0).routeService(WIKIDATA, fixtureUrl).build());
        List<QuerySolution> rows = new ArrayList<>();
        select(QueryCatalog.standard().get("deployments-with-population").sparql()).forEachRemaining(rows::add);

        assertThat(rows).isNotEmpty();
        QuerySolution top = rows.get(0);
        assertThat(top.getResource("state_wikidata").getURI()).isEqualTo("http://www.wikidata.org/entity/Q423");
        assertThat(top.getLiteral("population").getLong()).isEqualTo(26_000_000L);
        long personnel = top.getLiteral("max_personnel").getLong();
        assertThat(top.getLiteral("per_100k").getDouble()).isCloseTo(personnel * 100_000.0 / 26_000_000, within(0.01));
    }

    @Test
    void federatedCannedQuery_onADefaultServer_isRefusedNamingWikidata() throws Exception {
        start(ServerConfig.builder().port(0).build());
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode(QueryCatalog.standard().get("claimants-by-country").sparql(), StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("SERVICE <" + WIKIDATA + "> refused");
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }

    /** How many claims of the seeds a claimant linked to {@code qid} asserts, counted without Wikidata. */
    private int claimsOfClaimant(String qid) throws Exception {
        ResultSet rs = select("""
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT (COUNT(DISTINCT ?c) AS ?n) { GRAPH ?g { ?c cg:claimant ?a . ?a owl:sameAs <http://www.wikidata.org/entity/%s> } }
                """.formatted(qid));
        return rs.next().getLiteral("n").getInt();
    }

    private static long literalLong(Graph g, Node s, String property) {
        return Long.parseLong(g.find(s, NodeFactory.createURI(VOID + property), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    private void start(ServerConfig config) {
        server = ClaimServer.start(store.dataset(), config);
        toClose.add(server);
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).header("Accept", accept).build(),
                BodyHandlers.ofString());
    }

    private ResultSet select(String sparql) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(sparql)).build(), BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
    }
}
