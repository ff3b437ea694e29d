package claimgraph.link;

import static java.util.Objects.requireNonNull;

import claimgraph.ClaimgraphException;
import claimgraph.extract.Gazetteer;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The link stage's entry point: asks a Wikidata-shaped SPARQL endpoint for the English label and aliases of every
 * item the gazetteer links to, and reports the links whose names share nothing with the gazetteer entity's names
 * (compared without case, accents or punctuation). Items are asked in batches of {@value #BATCH} with
 * {@code VALUES}, so checking the whole gazetteer takes a handful of requests.
 *
 * <pre>{@code
 * List<LinkFinding> findings = LinkChecker.check(Gazetteer.standard(), LinkChecker.WIKIDATA_ENDPOINT, Duration.ofSeconds(60));
 * }</pre>
 */
public final class LinkChecker {
    public static final String WIKIDATA_ENDPOINT = "https://query.wikidata.org/sparql";
    static final String WIKIDATA = "http://www.wikidata.org/entity/";
    static final int BATCH = 200;
    private static final String USER_AGENT = "claimgraph-links-check/0.1 (https://w3id.org/claimgraph)";

    private LinkChecker() {}

    /** The Wikidata item of every linked gazetteer entity, by entity IRI, in IRI order. */
    public static Map<String, String> wikidataLinks(Gazetteer gazetteer) {
        Map<String, String> links = new TreeMap<>();
        for (Statement s : gazetteer.model().listStatements(null, OWL.sameAs, (Resource) null).toList()) {
            String target = s.getResource().getURI();
            if (target.startsWith(WIKIDATA)) {
                links.put(s.getSubject().getURI(), target);
            }
        }
        return links;
    }

    /**
     * Checks every Wikidata link of {@code gazetteer} against {@code endpoint}; an unreachable endpoint or a
     * failing request ends the check with one exception naming the endpoint and the reason.
     */
    public static List<LinkFinding> check(Gazetteer gazetteer, String endpoint, Duration timeout) {
        requireNonNull(endpoint, "endpoint");
        Map<String, String> links = wikidataLinks(gazetteer);
        Map<String, Set<String>> names = new HashMap<>();
        List<String> items = new ArrayList<>(new java.util.TreeSet<>(links.values()));
        for (int i = 0; i < items.size(); i += BATCH) {
            names.putAll(labels(endpoint, items.subList(i, Math.min(items.size(), i + BATCH)), timeout));
        }
        List<LinkFinding> findings = new ArrayList<>();
        Model m = gazetteer.model();
        links.forEach((entity, item) -> {
            List<String> ours = ourNames(m.getResource(entity));
            Set<String> theirs = names.getOrDefault(item, Set.of());
            Set<String> ourKeys = new HashSet<>();
            ours.forEach(n -> ourKeys.add(key(n)));
            if (theirs.stream().noneMatch(n -> ourKeys.contains(key(n)))) {
                findings.add(new LinkFinding(shortName(entity), item.substring(WIKIDATA.length()), ours,
                        theirs.stream().sorted().toList()));
            }
        });
        return findings;
    }

    private static Map<String, Set<String>> labels(String endpoint, List<String> items, Duration timeout) {
        StringBuilder q = new StringBuilder("""
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?item ?name WHERE {
                  VALUES ?item {""");
        items.forEach(i -> q.append(" <").append(i).append('>'));
        q.append("""
                 }
                  { ?item rdfs:label ?name } UNION { ?item skos:altLabel ?name }
                  FILTER(LANG(?name) = "en")
                }""");
        Map<String, Set<String>> out = new HashMap<>();
        try (QueryExecHTTP exec = QueryExecHTTP.service(endpoint).query(q.toString())
                .httpHeader("User-Agent", USER_AGENT)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(b -> out.computeIfAbsent(b.get("item").getURI(), k -> new HashSet<>())
                    .add(b.get("name").getLiteralLexicalForm()));
        } catch (RuntimeException e) {
            throw new ClaimgraphException(endpoint + ": cannot check links ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        }
        return out;
    }

    private static List<String> ourNames(Resource r) {
        List<String> names = new ArrayList<>();
        r.listProperties(RDFS.label).forEachRemaining(s -> names.add(s.getString()));
        r.listProperties(SKOS.altLabel).forEachRemaining(s -> names.add(s.getString()));
        return names;
    }

    /** A name without case, accents, punctuation or a leading article: "The Kremlin" = "kremlin". */
    static String key(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String k = ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    private static String shortName(String iri) {
        return iri.replaceFirst("^https://w3id\\.org/claimgraph/id/(actor|place)/", "$1:");
    }
}
