package claimgraph.cli;

import claimgraph.extract.Gazetteer;
import claimgraph.link.LinkChecker;
import claimgraph.link.LinkFinding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimgraph links [--check [--endpoint URL]]}: how many gazetteer entities of each class are linked to
 * Wikidata, DBpedia and GeoNames; with {@code --check}, asks Wikidata (needs the network) whether each linked item
 * still carries one of the entity's names.
 */
@Command(name = "links", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Counts the gazetteer's external links per class; --check compares them with Wikidata's labels.")
final class LinksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--check", description = "Ask the endpoint for each linked item's English label and aliases; "
            + "report links whose names share nothing with the gazetteer's. Needs the network.")
    boolean check;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = LinkChecker.WIKIDATA_ENDPOINT,
            description = "Wikidata-shaped SPARQL endpoint for --check. Default: ${DEFAULT-VALUE}.")
    String endpoint;

    @Option(names = "--timeout", defaultValue = "60s", paramLabel = "DURATION", converter = ServeCommand.DurationConverter.class,
            description = "Longest one request may take. Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Extra gazetteer Turtle file(s).")
    List<Path> gazetteers = new ArrayList<>();

    @Override
    public Integer call() {
        Gazetteer gazetteer = gazetteers.isEmpty() ? Gazetteer.standard() : Gazetteer.of(gazetteers);
        PrintWriter out = spec.commandLine().getOut();
        printCoverage(gazetteer.model(), out);
        if (!check) {
            out.flush();
            return 0;
        }
        int linked = LinkChecker.wikidataLinks(gazetteer).size();
        List<LinkFinding> findings = LinkChecker.check(gazetteer, endpoint, timeout);
        findings.forEach(f -> out.println(f.line()));
        out.printf("checked %d Wikidata links at %s: %d agree, %d disagree, %d unknown to the endpoint%n", linked,
                endpoint, linked - findings.size(), findings.stream().filter(f -> !f.missing()).count(),
                findings.stream().filter(LinkFinding::missing).count());
        out.flush();
        return findings.isEmpty() ? 0 : Main.SOME_FAILED;
    }

    private static void printCoverage(Model m, PrintWriter out) {
        String cg = "https://w3id.org/claimgraph/ontology#";
        Map<String, int[]> byClass = new TreeMap<>();
        for (Resource r : m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDFS.label).toList()) {
            if (!r.isURIResource() || !r.getURI().startsWith("https://w3id.org/claimgraph/id/")) {
                continue;
            }
            String cls = mostSpecific(r, cg);
            int[] c = byClass.computeIfAbsent(cls, k -> new int[4]);
            c[0]++;
            List<String> targets = r.listProperties(OWL.sameAs).mapWith(s -> s.getResource().getURI()).toList();
            c[1] += targets.stream().anyMatch(t -> t.startsWith("http://www.wikidata.org/")) ? 1 : 0;
            c[2] += targets.stream().anyMatch(t -> t.startsWith("http://dbpedia.org/")) ? 1 : 0;
            c[3] += targets.stream().anyMatch(t -> t.startsWith("https://sws.geonames.org/")) ? 1 : 0;
        }
        out.printf("%-26s %8s %9s %8s %9s%n", "class", "entities", "wikidata", "dbpedia", "geonames");
        int[] total = new int[4];
        byClass.forEach((cls, c) -> {
            out.printf("%-26s %8d %9d %8d %9d%n", cls, c[0], c[1], c[2], c[3]);
            for (int k = 0; k < 4; k++) {
                total[k] += c[k];
            }
        });
        out.printf("%-26s %8d %9d %8d %9d%n", "total", total[0], total[1], total[2], total[3]);
    }

    /** A state is counted as a state, not also as a place. */
    private static String mostSpecific(Resource r, String cg) {
        List<String> types = r.listProperties(RDF.type).mapWith(s -> s.getResource().getURI())
                .filterKeep(u -> u.startsWith(cg)).mapWith(u -> u.substring(cg.length())).toList();
        return types.contains("State") ? "State" : types.isEmpty() ? "(untyped)" : types.get(0);
    }
}
