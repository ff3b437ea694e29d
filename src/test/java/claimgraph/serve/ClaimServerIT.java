package claimgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import claimgraph.LocalFuseki;
import claimgraph.extract.Extractor;
import claimgraph.extract.Gazetteer;
import claimgraph.ingest.Article;
import claimgraph.ingest.ArticleReader;
import claimgraph.rdf.ClaimMapper;
import claimgraph.rdf.Run;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server as clients see it over HTTP: each test starts it on a free port over a fresh dataset of the seeds. */
class ClaimServerIT {
    private static final String PREFIX = "PREFIX cg: <https://w3id.org/claimgraph/ontology#>\n";
    /** The seed article 000 says North Korea "may deploy up to 100,000" troops. */
    private static final String CLAIM_100000 = PREFIX + """
            SELECT ?source ?measure ?value WHERE {
              ?claim a cg:Claim ; cg:value ?value ; cg:measure ?m ; cg:source/cg:fileName ?source .
              FILTER(?value = 100000)
              BIND(STRAFTER(STR(?m), "/measure/") AS ?measure)
            }""";
    private static final String COUNT_CLAIMS = PREFIX + "SELECT (COUNT(?c) AS ?n) { ?c a cg:Claim }";
    private static final String SEED = "000_65fbc1b7070f10d2.txt";
    private static final List<Quad> SEED_QUADS = new ArrayList<>();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private DatasetGraph dataset;
    private ClaimServer server;

    @BeforeAll
    static void convertSeeds() {
        Extractor extractor = Extractor.of(Gazetteer.standard());
        Run run = new Run("0.1.0", Instant.parse("2024-12-01T00:00:00Z"), Instant.parse("2024-12-01T00:00:01Z"));
        for (Path file : ArticleReader.expand(List.of(Path.of("seeds")))) {
            Article a = ArticleReader.read(file);
            ClaimMapper.toDataset(a, extractor.publisher(a), extractor.extract(a), run).find()
                    .forEachRemaining(SEED_QUADS::add);
        }
        assertThat(SEED_QUADS).isNotEmpty().allSatisfy(q -> assertThat(q.isDefaultGraph()).isFalse());
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    // ---- Query endpoint

    @Test
    void select_claimOfTheSeeds_answersInJsonXmlCsvAndTsv() throws Exception {
        start(ServerConfig.builder().port(0).build());

        ResultSet json = results(query(CLAIM_100000, "application/sparql-results+json"), ResultSetLang.RS_JSON);
        assertThat(rows(json)).containsExactly(SEED + " personnel 100000");

        ResultSet xml = results(query(CLAIM_100000, "application/sparql-results+xml"), ResultSetLang.RS_XML);
        assertThat(rows(xml)).containsExactly(SEED + " personnel 100000");

        HttpResponse<String> csv = query(CLAIM_100000, "text/csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().lines()).containsExactly("source,measure,value", SEED + ",personnel,100000");

        HttpResponse<String> tsv = query(CLAIM_100000, "text/tab-separated-values");
        assertThat(tsv.body().lines()).containsExactly("?source\t?measure\t?value",
                "\"" + SEED + "\"\t\"personnel\"\t100000");
    }

    @Test
    void select_getPostFormAndPostSparqlQuery_allAnswerTheSameRows() throws Exception {
        start(ServerConfig.builder().port(0).build());
        HttpResponse<String> get = query(CLAIM_100000, "application/sparql-results+json");
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("claims/sparql"))
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("query=" + encode(CLAIM_100000))));
        HttpResponse<String> direct = send(HttpRequest.newBuilder(uri("claims/sparql"))
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/sparql-query")
                .POST(BodyPublishers.ofString(CLAIM_100000)));
        for (HttpResponse<String> r : List.of(get, form, direct)) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(rows(results(r, ResultSetLang.RS_JSON))).containsExactly(SEED + " personnel 100000");
        }
    }

    @Test
    void construct_askedForTurtle_answersParseableTurtle() throws Exception {
        start(ServerConfig.builder().port(0).build());
        HttpResponse<String> r = query(PREFIX + "CONSTRUCT { ?c cg:value ?v } WHERE { ?c cg:value ?v FILTER(?v = 100000) }",
                "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        assertThat(g.size()).isEqualTo(1);
        assertThat(g.find().next().getObject().getLiteralLexicalForm()).isEqualTo("100000");
    }

    @Test
    void queryWithoutGraph_seesTheUnionOfTheNamedGraphs() throws Exception {
        start(ServerConfig.builder().port(0).build());
        long inUnion = count(COUNT_CLAIMS);
        long inNamedGraphs = count(PREFIX + "SELECT (COUNT(?c) AS ?n) { GRAPH ?g { ?c a cg:Claim } }");
        assertThat(inUnion).isGreaterThan(10).isEqualTo(inNamedGraphs);
    }

    @Test
    void queryWithoutGraph_overATdb2Dataset_seesTheUnionOfTheNamedGraphs() throws Exception {
        DatasetGraph tdb2 = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(tdb2, () -> SEED_QUADS.forEach(tdb2::add));
        server = ClaimServer.start(tdb2, ServerConfig.builder().port(0).build());
        toClose.add(server);
        assertThat(rows(results(query(CLAIM_100000, "application/sparql-results+json"), ResultSetLang.RS_JSON)))
                .containsExactly(SEED + " personnel 100000");
    }

    @Test
    void malformedQuery_answers400WithTheParserMessage() throws Exception {
        start(ServerConfig.builder().port(0).build());
        HttpResponse<String> r = query("SELECT * WHERE { ?s ?p }", "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Parse error").contains("line 1, column");
    }

    // ---- Nothing writes on a read-only server

    @Test
    void update_onAReadOnlyServer_isRefusedAndChangesNothing() throws Exception {
        start(ServerConfig.builder().port(0).build());
        long before = quads();
        String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"written\" } }";
        List<HttpResponse<String>> attempts = List.of(
                refused(form("claims/sparql", "update=" + encode(insert))),
                refused(form("claims/update", "update=" + encode(insert))),
                refused(form("claims", "update=" + encode(insert))),
                refused(HttpRequest.newBuilder(uri("claims")).header("Content-Type", "application/sparql-update")
                        .POST(BodyPublishers.ofString(insert))),
                refused(HttpRequest.newBuilder(uri("claims/sparql")).header("Content-Type", "application/sparql-update")
                        .POST(BodyPublishers.ofString(insert))));
        assertThat(attempts).allSatisfy(r -> assertThat(r.statusCode()).isBetween(400, 499));
        assertThat(quads()).isEqualTo(before);
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:x:g> { ?s ?p ?o } }")).isZero();
    }

    @Test
    void graphStorePutAndPost_onAReadOnlyServer_areRefusedAndChangeNothing() throws Exception {
        start(ServerConfig.builder().port(0).build());
        long before = quads();
        String turtle = "<urn:x:s> <urn:x:p> \"uploaded\" .";
        List<HttpResponse<String>> attempts = new ArrayList<>();
        for (String path : List.of("claims?default", "claims?graph=urn:x:g", "claims/data?graph=urn:x:g",
                "claims/sparql?graph=urn:x:g", "claims/upload")) {
            attempts.add(refused(HttpRequest.newBuilder(uri(path)).header("Content-Type", "text/turtle")
                    .PUT(BodyPublishers.ofString(turtle))));
            attempts.add(refused(HttpRequest.newBuilder(uri(path)).header("Content-Type", "text/turtle")
                    .POST(BodyPublishers.ofString(turtle))));
        }
        attempts.add(refused(HttpRequest.newBuilder(uri("claims?graph=" + encode(SEED_QUADS.get(0).getGraph().getURI())))
                .DELETE()));
        assertThat(attempts).allSatisfy(r -> assertThat(r.statusCode()).isBetween(400, 499));
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void writableServer_refusesAnUpdateWithoutTheCredentialsAndAcceptsItWithThem() throws Exception {
        start(ServerConfig.builder().port(0).writable(true).credentials("editor", "s3cret").build());
        String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"written\" } }";
        HttpResponse<String> anonymous = refused(form("claims/update", "update=" + encode(insert)));
        HttpResponse<String> wrongPassword = refused(form("claims/update", "update=" + encode(insert))
                .header("Authorization", basic("editor", "guess")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:x:g> { ?s ?p ?o } }")).isZero();

        HttpResponse<String> editor = send(form("claims/update", "update=" + encode(insert))
                .header("Authorization", basic("editor", "s3cret")));
        assertThat(editor.statusCode()).isBetween(200, 204);
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"written\" } }")).isOne();
        assertThat(Txn.calculateRead(dataset, () -> dataset.contains(NodeFactory.createURI("urn:x:g"),
                NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"),
                NodeFactory.createLiteralString("written")))).isTrue();
    }

    // ---- Cross-origin requests

    @Test
    void crossOriginQuery_getsAllowOriginWithoutCredentials() throws Exception {
        start(ServerConfig.builder().port(0).build());
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("claims/sparql?query=" + encode(COUNT_CLAIMS)))
                .header("Origin", "https://analyst.example.org").header("Accept", "application/sparql-results+json"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://analyst.example.org");
        assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void preflight_allowsGetAndPostButNotPutOrDelete() throws Exception {
        start(ServerConfig.builder().port(0).build());
        HttpResponse<String> post = send(preflight("POST"));
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://analyst.example.org");
        assertThat(post.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(m ->
                assertThat(m).contains("GET").contains("POST").doesNotContain("PUT").doesNotContain("DELETE"));
        assertThat(post.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(h ->
                assertThat(h.toLowerCase()).contains("content-type"));
        assertThat(post.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

        HttpResponse<String> put = send(preflight("PUT"));
        assertThat(put.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
        assertThat(put.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpRequest.Builder preflight(String method) {
        return HttpRequest.newBuilder(uri("claims/sparql")).method("OPTIONS", BodyPublishers.noBody())
                .header("Origin", "https://analyst.example.org")
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "content-type");
    }

    // ---- Time limit

    @Test
    void expensiveQuery_isCutAtTheTimeLimitWhileAnotherClientStillGetsAnswers() throws Exception {
        start(ServerConfig.builder().port(0).queryTimeout(Duration.ofSeconds(1)).build());
        String crossProduct = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> expensive = http.sendAsync(HttpRequest.newBuilder(
                uri("claims/sparql?query=" + encode(crossProduct))).header("Accept", "application/sparql-results+json")
                .build(), BodyHandlers.ofString());
        Thread.sleep(300);

        HttpResponse<String> simple = query(CLAIM_100000, "application/sparql-results+json");
        assertThat(expensive).as("the expensive query is still running").isNotDone();
        assertThat(simple.statusCode()).isEqualTo(200);
        assertThat(rows(results(simple, ResultSetLang.RS_JSON))).containsExactly(SEED + " personnel 100000");

        HttpResponse<String> cut = expensive.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(cut.statusCode()).isEqualTo(503);
        assertThat(cut.body()).contains("timed out");
        assertThat(seconds).isBetween(0.9, 6.0);
        assertThat(query(COUNT_CLAIMS, "text/csv").statusCode()).isEqualTo(200);
    }

    // ---- SERVICE

    @Test
    void service_toAHostNotOnTheAllowList_isRefusedWithoutContactingIt() throws Exception {
        start(ServerConfig.builder().port(0).build());
        try (ServerSocket trap = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            for (String endpoint : List.of("http://127.0.0.1:" + trap.getLocalPort() + "/sparql",
                    "http://127.0.0.2:9/sparql")) {
                HttpResponse<String> r = query("SELECT * { SERVICE <" + endpoint + "> { ?s ?p ?o } }",
                        "application/sparql-results+json");
                assertThat(r.statusCode()).isEqualTo(403);
                assertThat(r.body()).contains("SERVICE <" + endpoint + "> refused");
            }
            trap.setSoTimeout(300);
            assertThatThrownBy(trap::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void service_toAnAllowListedFuseki_answersWithItsData() throws Exception {
        String other = startOtherFuseki();
        start(ServerConfig.builder().port(0).allowService(other).build());
        HttpResponse<String> r = query("SELECT ?o { SERVICE <" + other + "sparql> { <urn:x:s> <urn:x:p> ?o } }",
                "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        ResultSet rs = results(r, ResultSetLang.RS_JSON);
        assertThat(rs.next().getLiteral("o").getString()).isEqualTo("from the other server");
    }

    @Test
    void service_withAnAllowList_stillRefusesOtherHostsVariablesAndNestedCalls() throws Exception {
        String other = startOtherFuseki();
        start(ServerConfig.builder().port(0).allowService(other).build());
        String lookalike = other.replaceFirst("/$", "") + "0/sparql"; // same prefix without the path boundary
        List<String> refused = List.of(
                "SELECT * { SERVICE <" + lookalike + "> { ?s ?p ?o } }",
                "SELECT * { SERVICE <http://127.0.0.2:9/sparql> { ?s ?p ?o } }",
                "SELECT * { BIND(<" + other + "sparql> AS ?e) SERVICE ?e { ?s ?p ?o } }",
                "SELECT * { ?x ?y ?z FILTER EXISTS { SERVICE SILENT <http://127.0.0.2:9/sparql> { ?s ?p ?o } } }",
                "SELECT * { { SELECT ?s { SERVICE <http://127.0.0.2:9/sparql> { ?s ?p ?o } } } }");
        for (String q : refused) {
            assertThat(query(q, "application/sparql-results+json").statusCode()).as(q).isEqualTo(403);
        }
    }

    private String startOtherFuseki() {
        DatasetGraph tiny = DatasetGraphFactory.createTxnMem();
        tiny.getDefaultGraph().add(NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"),
                NodeFactory.createLiteralString("from the other server"));
        LocalFuseki other = LocalFuseki.serve("other", tiny);
        toClose.add(other);
        return other.base();
    }

    // ---- Canned queries, UI and libraries

    @Test
    void apiQueries_listsTheCannedQueriesWithTheirHeaders() throws Exception {
        start(ServerConfig.builder().port(0).build());
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("api/queries")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonArray queries = JSON.parseAny(r.body()).getAsArray();
        JsonObject claims = queries.stream().map(v -> v.getAsObject())
                .filter(o -> o.getString("name").equals("claims")).findFirst().orElseThrow();
        assertThat(claims.getString("title")).isEqualTo("Claims table");
        assertThat(claims.getString("view")).isEqualTo("table");
        assertThat(claims.getString("description")).isNotBlank();
        assertThat(claims.get("params").getAsArray()).isEmpty();
        assertThat(claims.getString("sparql")).contains("SELECT ?source ?measure ?value");
    }

    @Test
    void root_servesTheHtmlPage() throws Exception {
        start(ServerConfig.builder().port(0).build());
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.body()).containsIgnoringCase("<html");
    }

    @Test
    void webjars_serveTheLibraryFilesFromTheirJars() throws Exception {
        start(ServerConfig.builder().port(0).build());
        HttpResponse<String> chart = send(HttpRequest.newBuilder(uri("webjars/chart.js/4.5.1/dist/chart.umd.js")));
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        assertThat(chart.body()).contains("Chart.js v4.5.1");
        assertThat(send(HttpRequest.newBuilder(uri("webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js"))).statusCode())
                .isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("webjars/leaflet/1.9.4/dist/leaflet.css"))).statusCode())
                .isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("webjars/chart.js/4.5.1/dist"))).statusCode()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(uri("webjars/chart.js/4.5.1/nothing.js"))).statusCode()).isEqualTo(404);
    }

    // ---- Network

    @Test
    void server_listensOnTheConfiguredAddressOnly() throws Exception {
        start(ServerConfig.builder().port(0).build());
        assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
        assertThat(send(HttpRequest.newBuilder(uri("api/queries"))).statusCode()).isEqualTo(200);
        HttpRequest elsewhere = HttpRequest.newBuilder(URI.create("http://127.0.0.2:" + server.port() + "/api/queries"))
                .build();
        assertThatThrownBy(() -> http.send(elsewhere, BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
    }

    // ---- Helpers

    private void start(ServerConfig config) {
        dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> SEED_QUADS.forEach(dataset::add));
        server = ClaimServer.start(dataset, config);
        toClose.add(server);
    }

    private URI uri(String path) {
        return URI.create(server.url() + path);
    }

    private HttpResponse<String> query(String sparql, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("claims/sparql?query=" + encode(sparql))).header("Accept", accept));
    }

    private HttpRequest.Builder form(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
    }

    /**
     * Sends a request that the server is expected to refuse, on its own connection: a refused request's body
     * may be left unread, and then Jetty closes the connection just as a pooled client might reuse it.
     */
    private HttpResponse<String> refused(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
    }

    private long count(String sparql) throws IOException, InterruptedException {
        HttpResponse<String> r = query(sparql, "application/sparql-results+json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return results(r, ResultSetLang.RS_JSON).next().getLiteral("n").getLong();
    }

    private long quads() {
        return Txn.calculateRead(dataset, () -> dataset.stream().count());
    }

    private static ResultSet results(HttpResponse<String> r, Lang lang) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
    }

    /** Each row as its values joined by spaces. */
    private static List<String> rows(ResultSet rs) {
        List<String> rows = new ArrayList<>();
        List<String> vars = rs.getResultVars();
        rs.forEachRemaining(b -> rows.add(String.join(" ", vars.stream()
                .map(v -> b.get(v).isLiteral() ? b.getLiteral(v).getLexicalForm() : b.get(v).toString()).toList())));
        return rows;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
