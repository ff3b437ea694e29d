package claimgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import claimgraph.extract.Extractor;
import claimgraph.extract.Gazetteer;
import claimgraph.ingest.Article;
import claimgraph.ingest.ArticleReader;
import claimgraph.query.QueryCatalog;
import claimgraph.rdf.CG;
import claimgraph.rdf.ClaimMapper;
import claimgraph.rdf.Iris;
import claimgraph.rdf.Run;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium (Debian's chromium and chromedriver; nothing is downloaded) against a
 * server on port 0 over the seed articles. Screenshots land in {@code <build dir>/screenshots/}.
 */
class BrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CLAIM = "https://w3id.org/claimgraph/id/claim/";
    private static final Run RUN = new Run("0.1.0", Instant.parse("2024-12-01T00:00:00Z"),
            Instant.parse("2024-12-01T00:00:01Z"));
    /** Held so the level sticks: Selenium has no DevTools module for this Chromium, and these tests use none. */
    private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
    private static Extractor extractor;

    private ClaimServer server;
    private ChromeDriver driver;
    private Path profile;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && driver != null) {
            screenshot(context.getRequiredTestMethod().getName() + "-failure");
        }
    };

    @BeforeAll
    static void chromiumInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail(CHROMIUM + " or " + CHROMEDRIVER + " is missing; CI must install them: "
                    + "apt-get install -y chromium chromium-driver");
        }
        assumeTrue(installed, CHROMIUM + " or " + CHROMEDRIVER + " missing: browser tests skipped");
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
        extractor = Extractor.of(Gazetteer.standard());
    }

    @BeforeEach
    void start() throws IOException {
        server = ClaimServer.start(dataset(List.of()), ServerConfig.builder().port(0).build());
        profile = Files.createTempDirectory("claimgraph-chromium-");
        driver = chromium(profile);
    }

    @AfterEach
    void stop() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (server != null) {
                server.stop();
            }
            deleteTree(profile);
        }
    }

    @Test
    void landingPage_chartQueryThenClaimClick_showsChartTableAndHighlightedSentence() {
        open("");
        List<String> names = queryNames();
        assertThat(names).contains("claims");

        String chartQuery = Stream.of("estimates-over-time", "claims-by-claimant").filter(names::contains).findFirst()
                .orElseGet(() -> driver.findElements(By.cssSelector(
                        ".query-item[data-view=timeline], .query-item[data-view=bar]")).stream()
                        .map(e -> e.getDomAttribute("data-name")).findFirst()
                        .orElseThrow(() -> new AssertionError("no canned query with a timeline or bar view")));
        run(chartQuery);
        assertThat(text("#result-table")).contains("12000");
        assertThat(chartPoints()).as("data points in the chart of " + chartQuery).isPositive();
        assertThat(paintedPixels()).as("painted pixels of the chart canvas").isGreaterThan(500);
        js("window.scrollTo(0, 0)");
        screenshot("landing-" + chartQuery);

        run("claims");
        WebElement claim = driver.findElements(By.cssSelector("#result-table button.claim-link")).stream()
                .filter(b -> b.getDomAttribute("data-iri").endsWith("/personnel-12000")).findFirst()
                .orElseThrow(() -> new AssertionError("no claim of 12000 personnel in the claims table"));
        String iri = claim.getDomAttribute("data-iri");
        assertThat(iri).startsWith(CLAIM);
        claim.click();

        WebElement sentence = waitFor("#provenance #claim-sentence");
        assertThat(sentence.getText()).containsAnyOf("12 000", "12,000");
        String article = text("#provenance #article-text");
        assertThat(article.length()).isGreaterThan(sentence.getText().length() + 100);
        assertThat(text("#provenance")).contains(iri);
        assertThat(text("#provenance dd[data-var=sha256]")).matches("[0-9a-f]{64}");
        assertThat(text("#provenance dd[data-var=software_version]")).isNotBlank();
        assertThat(text("#provenance dd[data-var=source]")).endsWith(".txt");
        assertThat(text("#provenance dd[data-var=claimant]")).isNotBlank();
        assertThat(text("#provenance dd[data-var=measure]")).isEqualTo("personnel");
        screenshot("landing-provenance");
        assertThat(severeConsoleMessages()).isEmpty();
    }

    @Test
    void landingPage_everyRunnableQuery_showsRowsAndItsView() {
        open("");
        List<WebElement> items = driver.findElements(By.cssSelector("#query-list .query-item"));
        List<String[]> runnable = new ArrayList<>();
        for (WebElement item : items) {
            if (!item.findElements(By.cssSelector("button.run")).isEmpty()) {
                runnable.add(new String[] {item.getDomAttribute("data-name"), item.getDomAttribute("data-view")});
            }
        }
        assertThat(runnable).hasSizeGreaterThanOrEqualTo(1);
        for (String[] q : runnable) {
            if (QueryCatalog.standard().get(q[0]).sparql().contains("SERVICE <")) {
                // federated: this server allows no SERVICE, and the page shows the server's reason
                runAndWait(q[0]);
                assertThat(text("#result-status")).as(q[0]).startsWith("Query failed").contains("--allow-service");
                continue;
            }
            run(q[0]);
            js("window.scrollTo(0, 0)");
            screenshot("query-" + q[0]);
            assertThat(driver.findElement(By.id("result-status")).getDomAttribute("class")).as(q[0])
                    .doesNotContain("error");
            if (rowCount() > 0 && (q[1].equals("bar") || q[1].equals("timeline"))) {
                assertThat(chartPoints()).as("chart points of " + q[0]).isPositive();
            }
            if (q[1].equals("map")) {
                assertThat(driver.findElements(By.cssSelector("#result-map, #result-view .map-placeholder")))
                        .as("map or its placeholder for " + q[0]).isNotEmpty();
            }
        }
        assertThat(driver.findElements(By.cssSelector(".query-item[data-name=claim-provenance] button.run")))
                .as("a query with parameters is not run from the list").isEmpty();
        assertThat(severeConsoleMessages()).as("console errors other than the refused federated queries")
                .filteredOn(m -> !(m.contains("/claims/sparql") && m.contains("403"))).isEmpty();
    }

    @Test
    void provenance_markupInArticleText_isShownAsText() throws IOException {
        server.stop();
        server = ClaimServer.start(dataset(List.of(ArticleReader.parse("zz_markup_2024-11-02.txt",
                "<b>Breaking</b> <img src=x onerror=\"window.injected=1\"> news.\n\n"
                        + "The NIS said 1,500 North Korean troops arrived in Russia's Kursk region on Friday.\n"))),
                ServerConfig.builder().port(0).build());
        open("");
        run("claims");
        WebElement claim = driver.findElements(By.cssSelector("#result-table button.claim-link")).stream()
                .filter(b -> b.getText().contains("personnel-1500") && rowText(b).contains("zz_markup"))
                .findFirst().orElseThrow(() -> new AssertionError("the markup article's claim is not in the table"));
        claim.click();
        waitFor("#provenance #claim-sentence");
        assertThat(text("#provenance #article-text")).contains("<img src=x onerror=\"window.injected=1\">");
        assertThat(driver.findElements(By.cssSelector("#provenance img, #provenance b"))).isEmpty();
        assertThat(js("return window.injected === undefined")).isEqualTo(true);
    }

    @Test
    void landingPage_mapQueryWithCoordinates_drawsOnePointPerRowWithCoordinates() {
        server.stop();
        DatasetGraph data = dataset(List.of());
        assertThat(addCoordinates(data)).isPositive();
        server = ClaimServer.start(data, ServerConfig.builder().port(0).build());
        open("");
        // the deployments query looks coordinates up in the union, so the made-up ones in their own graph count
        String mapQuery = "deployments";
        assertThat(driver.findElements(By.cssSelector(".query-item[data-name=deployments][data-view=map]"))).isNotEmpty();
        run(mapQuery);
        waitForOutline();
        List<Marker> markers = markers();
        long located = driver.findElements(By.cssSelector("#result-table td[data-var=lat]")).stream()
                .filter(td -> !td.getText().isBlank()).count();
        assertThat(located).isPositive();
        assertThat(markers).hasSize((int) located);
        // max_personnel sizes the circles and makes them personnel; a deployment without a figure gets the smallest
        assertThat(markers).filteredOn(m -> m.value() != null).isNotEmpty()
                .allSatisfy(m -> assertThat(m.measure()).isEqualTo("personnel"));
        assertThat(markers).filteredOn(m -> m.value() == null)
                .allSatisfy(m -> assertThat(m.measure()).isEqualTo("no figure"));
        assertThat(driver.findElements(By.cssSelector("#result-map img"))).as("no map tiles").isEmpty();
        js("window.scrollTo(0, 0)");
        screenshot("map-" + mapQuery);
    }

    @Test
    void claimsOnMap_seeds_drawOutlineAndOneMarkerPerClaimSizedByValueColouredByMeasure() {
        open("");
        run("claims-on-map");
        waitForOutline();
        long countries = ((Number) js("return document.querySelectorAll('#result-map .leaflet-outline-pane path').length"))
                .longValue();
        assertThat(countries).as("country outlines drawn from the bundled GeoJSON").isGreaterThan(100);
        assertThat(driver.findElements(By.cssSelector("#result-map img"))).as("no map tiles").isEmpty();

        List<Marker> markers = markers();
        List<String> lats = columnTexts("lat");
        assertThat(lats).isNotEmpty().allSatisfy(lat -> assertThat(lat).isNotBlank());
        assertThat(markers).as("one circle per row with coordinates").hasSize(lats.size());
        assertThat(markers).extracting(Marker::value).containsExactlyInAnyOrderElementsOf(columnTexts("value"));
        assertThat(markers).extracting(Marker::measure).containsExactlyInAnyOrderElementsOf(columnTexts("measure"));
        assertThat(markers).allSatisfy(m -> assertThat(m.iri()).startsWith(CLAIM));

        // sized by value: a larger figure never gets a smaller circle, and the largest and smallest differ
        List<Marker> byValue = markers.stream().sorted(Comparator.comparingLong(m -> Long.parseLong(m.value()))).toList();
        for (int i = 1; i < byValue.size(); i++) {
            assertThat(byValue.get(i).diameter()).as(byValue.get(i) + " after " + byValue.get(i - 1))
                    .isGreaterThanOrEqualTo(byValue.get(i - 1).diameter());
        }
        assertThat(byValue.get(byValue.size() - 1).diameter()).isGreaterThan(byValue.get(0).diameter() + 10);

        // coloured by measure: one colour per measure, a different one for each measure (the seeds have three here)
        Map<String, Set<String>> fills = markers.stream()
                .collect(Collectors.groupingBy(Marker::measure, Collectors.mapping(Marker::fill, Collectors.toSet())));
        assertThat(fills.keySet()).contains("personnel", "killed", "materiel");
        assertThat(fills.values()).allSatisfy(f -> assertThat(f).hasSize(1));
        assertThat(fills.values().stream().flatMap(Set::stream).distinct().count()).isEqualTo(fills.size());

        List<String> legend = driver.findElements(By.cssSelector("#map-legend li")).stream()
                .map(li -> li.getDomAttribute("data-measure")).toList();
        assertThat(legend).containsExactlyInAnyOrderElementsOf(fills.keySet());
        assertThat(text("#map-legend li[data-measure=killed]")).isEqualTo("killed (1)");
        js("window.scrollTo(0, 0)");
        screenshot("map-claims-on-map");

        Marker killed = markers.stream().filter(m -> m.measure().equals("killed")).findFirst().orElseThrow();
        WebElement circle = driver.findElement(By.cssSelector("#result-map path[data-iri='" + killed.iri() + "']"));
        new Actions(driver).moveToElement(circle).perform();
        new WebDriverWait(driver, WAIT).until(d -> text(".leaflet-tooltip-pane .map-tip").contains("600 killed"));
        assertThat(text(".leaflet-tooltip-pane .map-tip")).contains("North Korea").contains("Ukraine");
        circle.click();
        new WebDriverWait(driver, WAIT).until(d -> text("#provenance dd[data-var=measure]").equals("killed"));
        assertThat(text("#provenance")).contains(killed.iri());
        assertThat(text("#provenance dd[data-var=value]")).isEqualTo("600");
        screenshot("map-claims-on-map-provenance");
        assertThat(severeConsoleMessages()).isEmpty();
    }

    @Test
    void editor_withCannedQueryName_loadsYasguiWithTheQueryAndAnswersFromThisServer() {
        open("editor.html?query=claims");
        WebElement yasqe = waitFor(".yasgui .yasqe .CodeMirror");
        String canned = QueryCatalog.standard().get("claims").sparql();
        new WebDriverWait(driver, WAIT).until(d -> String.valueOf(editorText()).contains("cg:claimantMention"));
        assertThat(String.valueOf(editorText())).isEqualToIgnoringWhitespace(canned);
        assertThat(yasqe.isDisplayed()).isTrue();

        driver.findElement(By.cssSelector(".yasqe .yasqe_queryButton")).click();
        new WebDriverWait(driver, WAIT).until(d -> text(".yasr").contains("12000"));
        screenshot("editor-claims");

        @SuppressWarnings("unchecked")
        List<String> foreign = (List<String>) js("return performance.getEntriesByType('resource')"
                + ".map(e => e.name).filter(n => !n.startsWith(location.origin))");
        assertThat(foreign).as("requests that left this server").isEmpty();
        assertThat(severeConsoleMessages()).isEmpty();
    }

    // ------------------------------------------------------------------ page helpers

    private void open(String path) {
        driver.get(server.url() + path);
        if (path.isEmpty()) {
            waitFor("#query-list .query-item");
        }
    }

    private List<String> queryNames() {
        return driver.findElements(By.cssSelector("#query-list .query-item")).stream()
                .map(e -> e.getDomAttribute("data-name")).toList();
    }

    /** Runs a canned query from the list, waits until its results are shown and checks it did not fail. */
    private void run(String name) {
        runAndWait(name);
        String status = text("#result-status");
        assertThat(status).as("status after running " + name).doesNotStartWith("Query failed");
    }

    /** Runs a canned query from the list and waits until its results (or its error) are shown. */
    private void runAndWait(String name) {
        WebElement item = driver.findElement(By.cssSelector(".query-item[data-name='" + name + "']"));
        String title = item.findElement(By.cssSelector("button.run")).getText();
        item.findElement(By.cssSelector("button.run")).click();
        new WebDriverWait(driver, WAIT).until(d -> title.equals(text("#result-title"))
                && d.findElement(By.id("result")).getDomAttribute("aria-busy") == null
                && !text("#result-status").isEmpty());
    }

    /** One circle marker of the result map, as drawn: its SVG path's bounding box gives the diameter. */
    private record Marker(String value, String measure, String fill, double diameter, String iri) {}

    private List<Marker> markers() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) js(
                "return [...document.querySelectorAll('#result-map .leaflet-overlay-pane path.leaflet-interactive')]"
                        + ".map(p => ({value: p.dataset.value || null, measure: p.dataset.measure,"
                        + " fill: p.getAttribute('fill'), diameter: p.getBBox().width, iri: p.dataset.iri || null}))");
        return found.stream().map(m -> new Marker((String) m.get("value"), (String) m.get("measure"),
                (String) m.get("fill"), ((Number) m.get("diameter")).doubleValue(), (String) m.get("iri"))).toList();
    }

    private void waitForOutline() {
        WebElement map = waitFor("#result-map");
        new WebDriverWait(driver, WAIT).until(d -> map.getDomAttribute("data-outline") != null);
        assertThat(map.getDomAttribute("data-outline")).as("the bundled world outline").isEqualTo("drawn");
    }

    private List<String> columnTexts(String var) {
        return driver.findElements(By.cssSelector("#result-table td[data-var=" + var + "]")).stream()
                .map(WebElement::getText).toList();
    }

    private long rowCount() {
        return driver.findElements(By.cssSelector("#result-table tbody tr")).size();
    }

    private long chartPoints() {
        return ((Number) js("const c = document.querySelector('#result-chart canvas');"
                + "const chart = c && Chart.getChart(c);"
                + "return chart ? chart.data.datasets.reduce((n, d) => n + d.data.filter(v => v !== null).length, 0) : 0;"))
                .longValue();
    }

    /** Pixels of the chart canvas that are not transparent: zero for a chart that drew nothing. */
    private long paintedPixels() {
        return ((Number) js("const c = document.querySelector('#result-chart canvas');"
                + "if (!c) return 0;"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) n++; return n;")).longValue();
    }

    private Object editorText() {
        return js("const cm = document.querySelector('.yasqe .CodeMirror'); return cm && cm.CodeMirror.getValue();");
    }

    private String rowText(WebElement element) {
        return element.findElement(By.xpath("./ancestor::tr")).getText();
    }

    private WebElement waitFor(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private String text(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private List<String> severeConsoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    private void screenshot(String name) {
        try {
            Path dir = buildDir().resolve("screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("BrowserIT: no screenshot " + name + ": " + e);
        }
    }

    /** The Maven build directory ({@code target}, or another one given by -Dcg.buildDir): the test classes' parent. */
    private static Path buildDir() {
        try {
            return Path.of(BrowserIT.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ fixtures

    private static ChromeDriver chromium(Path profile) {
        // Belt and braces: with the driver given, Selenium Manager is never asked to find or download one.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1440,1000",
                // Only the test server resolves: any request to the internet fails instead of leaving the machine.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The seed articles (plus extra ones) converted, with the ontology and gazetteer graphs as the CLI adds them. */
    private static DatasetGraph dataset(List<Article> extra) {
        DatasetGraph all = DatasetGraphFactory.createTxnMem();
        List<Article> articles = new ArrayList<>(extra);
        ArticleReader.expand(List.of(Path.of("seeds"))).forEach(f -> articles.add(ArticleReader.read(f)));
        for (Article a : articles) {
            ClaimMapper.toDataset(a, extractor.publisher(a), extractor.extract(a), RUN).find().forEachRemaining(all::add);
        }
        try (InputStream in = BrowserIT.class.getResourceAsStream("/ontology/claimgraph.ttl")) {
            assertThat(in).as("ontology/claimgraph.ttl on the classpath").isNotNull();
            RDFDataMgr.read(all.getGraph(NodeFactory.createURI(Iris.ontologyGraph())), in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.addGraph(NodeFactory.createURI(Iris.gazetteerGraph()), extractor.gazetteer().model().getGraph());
        return all;
    }

    /**
     * Gives every deployment destination the gazetteer has no point for made-up coordinates (a GeoSPARQL WKT point,
     * as the converter writes them) in a graph of its own; returns how many.
     */
    private static long addCoordinates(DatasetGraph data) {
        Node graph = NodeFactory.createURI("urn:claimgraph:test:coordinates");
        String gsp = "http://www.opengis.net/ont/geosparql#";
        Node hasGeometry = NodeFactory.createURI(gsp + "hasGeometry");
        List<Node> places = data.stream(Node.ANY, Node.ANY, CG.destination.asNode(), Node.ANY)
                .map(Quad::getObject).distinct()
                .filter(p -> !data.contains(Node.ANY, p, hasGeometry, Node.ANY)).toList();
        for (int i = 0; i < places.size(); i++) {
            Node geometry = NodeFactory.createURI(places.get(i).getURI() + "#geometry");
            data.add(graph, places.get(i), hasGeometry, geometry);
            data.add(graph, geometry, NodeFactory.createURI(gsp + "asWKT"), NodeFactory.createLiteralDT(
                    "POINT(" + (30 + 8 * i) + " " + (45 + i) + ")", org.apache.jena.datatypes.TypeMapper.getInstance()
                            .getSafeTypeByName(gsp + "wktLiteral")));
        }
        return places.size();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
