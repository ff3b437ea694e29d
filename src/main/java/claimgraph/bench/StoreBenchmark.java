package claimgraph.bench;

import claimgraph.extract.Extractor;
import claimgraph.extract.Gazetteer;
import claimgraph.ingest.Article;
import claimgraph.query.CannedQuery;
import claimgraph.query.QueryCatalog;
import claimgraph.rdf.ClaimMapper;
import claimgraph.rdf.Run;
import claimgraph.serve.ClaimServer;
import claimgraph.serve.ServerConfig;
import claimgraph.store.ClaimStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Loads a synthetic corpus into a TDB2 store the way {@code claimgraph build} does (one transaction per
 * article) next to {@code tdb2.tdbloader} on the same quads, then times every canned query through HTTP
 * against the embedded server: p50 and p99 latency.
 */
public final class StoreBenchmark {
    private static final Run RUN = Run.at("0.1.0", Instant.parse("2025-01-01T00:00:00Z"));
    /** Articles per transaction, as {@code claimgraph build} commits them. */
    static final int BATCH = 200;

    /** Latency of one canned query over {@code runs} sequential requests. */
    public record Latency(String query, int rows, int runs, double p50Millis, double p99Millis) {}

    /** What the run measured. */
    public record Report(int articles, long quads, double storeSeconds, double loaderSeconds, double describeSeconds,
            List<Latency> latencies) {
        public double storeQuadsPerSecond() {
            return quads / storeSeconds;
        }

        public double loaderQuadsPerSecond() {
            return quads / loaderSeconds;
        }

        /** The number to track: claimgraph's transactional load speed as a fraction of tdb2.tdbloader's. */
        public double ratio() {
            return storeQuadsPerSecond() / loaderQuadsPerSecond();
        }
    }

    private StoreBenchmark() {}

    public static void main(String[] args) throws IOException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        run(articles, runs, 42, new PrintWriter(System.out, true));
    }

    public static Report run(int articles, int runs, long seed, PrintWriter out) throws IOException {
        Path work = Files.createTempDirectory("claimgraph-bench-store");
        try {
            out.printf(Locale.ROOT, "claimgraph store benchmark: %,d synthetic articles (seed %d), %d runs per query%n",
                    articles, seed, runs);
            Extractor extractor = Extractor.of(Gazetteer.standard());
            List<Map.Entry<String, DatasetGraph>> converted = new ArrayList<>();
            Path nquads = work.resolve("corpus.nq");
            long quads = 0;
            try (OutputStream nq = Files.newOutputStream(nquads)) {
                for (Article a : SyntheticCorpus.generate(articles, seed)) {
                    DatasetGraph dsg = ClaimMapper.toDataset(a, extractor.publisher(a), extractor.extract(a), RUN);
                    RDFDataMgr.write(nq, dsg, Lang.NQUADS);
                    quads += Txn.calculateRead(dsg, () -> dsg.stream().count());
                    converted.add(Map.entry(a.fileName(), dsg));
                }
            }
            out.printf(Locale.ROOT, "corpus: %,d quads (%.1f MB of N-Quads)%n", quads, Files.size(nquads) / 1e6);

            Path storeDir = work.resolve("store");
            long t0 = System.nanoTime();
            try (ClaimStore store = ClaimStore.open(storeDir)) {
                List<ClaimStore.Entry> batch = new ArrayList<>();
                for (Map.Entry<String, DatasetGraph> e : converted) {
                    batch.add(new ClaimStore.Entry(e.getKey(), e.getValue()));
                    if (batch.size() == BATCH) {
                        store.replaceAll(batch);
                        batch.clear();
                    }
                }
                store.replaceAll(batch);
            }
            double storeSeconds = (System.nanoTime() - t0) / 1e9;
            converted.clear();

            Path loaderDir = work.resolve("tdbloader");
            long t1 = System.nanoTime();
            tdb2.tdbloader.main("--loc", loaderDir.toString(), nquads.toString());
            double loaderSeconds = (System.nanoTime() - t1) / 1e9;
            org.apache.jena.tdb2.sys.TDBInternal.reset();
            org.apache.jena.atlas.logging.LogCtl.setLevel("org.apache.jena", "warn"); // tdbloader turned logging up

            double describeSeconds;
            List<Latency> latencies;
            DatasetGraph wikidata = org.apache.jena.sparql.core.DatasetGraphFactory.wrap(WikidataFixture.of(Gazetteer.standard()));
            org.apache.jena.fuseki.main.FusekiServer fixture = org.apache.jena.fuseki.main.FusekiServer.create()
                    .port(0).loopback(true).add("/wikidata", wikidata, false).build().start();
            try (ClaimStore store = ClaimStore.open(storeDir);
                    ClaimServer server = ClaimServer.start(store.dataset(),
                            ServerConfig.builder().port(0).queryTimeout(Duration.ofSeconds(60))
                                    .routeService("https://query.wikidata.org/sparql",
                                            "http://127.0.0.1:" + fixture.getHttpPort() + "/wikidata/sparql")
                                    .build())) {
                long t2 = System.nanoTime();
                store.describe(RUN.startedAt());
                describeSeconds = (System.nanoTime() - t2) / 1e9;
                latencies = latencies(server, store, runs);
            } finally {
                fixture.stop();
            }
            Report report = new Report(articles, quads, storeSeconds, loaderSeconds, describeSeconds, latencies);
            print(report, out);
            return report;
        } finally {
            delete(work);
        }
    }

    private static List<Latency> latencies(ClaimServer server, ClaimStore store, int runs) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String someClaim = Txn.calculateRead(store.dataset(), () -> store.dataset()
                .find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(),
                        org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/claimgraph/ontology#Claim"))
                .next().getSubject().getURI());
        List<Latency> out = new ArrayList<>();
        for (CannedQuery q : QueryCatalog.standard().all()) {
            String sparql = q.params().isEmpty() ? q.sparql() : q.bind(Map.of("claim", someClaim));
            int rows = 0;
            for (int i = 0; i < 2; i++) {
                rows = post(http, server.sparqlUrl(), sparql).rows; // warm-up
            }
            double[] millis = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                post(http, server.sparqlUrl(), sparql);
                millis[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(millis);
            out.add(new Latency(q.name(), rows, runs, percentile(millis, 0.50), percentile(millis, 0.99)));
        }
        return out;
    }

    private record Answer(int status, int rows) {}

    private static Answer post(HttpClient http, String url, String sparql) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/tab-separated-values")
                .POST(HttpRequest.BodyPublishers.ofString(sparql)).build();
        try {
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            int rows = (int) response.body().count() - 1;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return new Answer(response.statusCode(), Math.max(0, rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static void print(Report r, PrintWriter out) {
        out.printf(Locale.ROOT, "%-28s %10s %10s %12s%n", "load", "quads", "seconds", "quads/s");
        out.printf(Locale.ROOT, "%-28s %,10d %10.1f %,12.0f%n", "claimgraph build (txn/200)", r.quads(),
                r.storeSeconds(), r.storeQuadsPerSecond());
        out.printf(Locale.ROOT, "%-28s %,10d %10.1f %,12.0f%n", "tdb2.tdbloader (bulk)", r.quads(), r.loaderSeconds(),
                r.loaderQuadsPerSecond());
        out.printf(Locale.ROOT, "ratio build/tdbloader: %.3f%n", r.ratio());
        out.printf(Locale.ROOT, "VoID description (counts over the store): %.1f s = %.3f of the build load time%n",
                r.describeSeconds(), r.describeSeconds() / r.storeSeconds());
        out.println("federated queries run against a local Wikidata-shaped fixture made from the gazetteer (no internet)");
        out.printf(Locale.ROOT, "%-24s %8s %6s %10s %10s%n", "query (HTTP)", "rows", "runs", "p50 ms", "p99 ms");
        for (Latency l : r.latencies()) {
            out.printf(Locale.ROOT, "%-24s %,8d %6d %10.1f %10.1f%n", l.query(), l.rows(), l.runs(), l.p50Millis(),
                    l.p99Millis());
        }
        out.flush();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
