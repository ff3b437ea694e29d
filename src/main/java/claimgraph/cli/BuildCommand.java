package claimgraph.cli;

import claimgraph.rdf.Iris;
import claimgraph.store.ClaimStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimgraph build [INPUT...] [--store DIR]}: converts articles and loads them into the TDB2 store. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Converts articles and loads them into the store; each article's graph is replaced in one transaction.")
final class BuildCommand implements Callable<Integer> {
    /** Articles per write transaction: each commits whole, and fewer commits keep large builds fast. */
    static final int BATCH = 200;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Article files or folders. Default: seeds/.")
    List<Path> inputs = new ArrayList<>();

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Extra gazetteer Turtle file(s).")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--verbose", description = "Print stack traces with errors.")
    boolean verbose;

    @Override
    public Integer call() {
        try (ClaimStore store = ClaimStore.open(storeOptions.store)) {
            return buildInto(store, inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs, gazetteers, verbose, spec);
        }
    }

    /** Converts the inputs into an open store and prints the summary line; returns the exit code (also for demo). */
    static int buildInto(ClaimStore store, List<Path> inputs, List<Path> gazetteers, boolean verbose, CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Conversion conversion = new Conversion(gazetteers, null);
        List<Path> files = conversion.files(inputs, err);
        Map<ClaimStore.Outcome, Integer> outcomes = new EnumMap<>(ClaimStore.Outcome.class);
        References.load(store, conversion.extractor().gazetteer());
        Progress progress = new Progress(err, files.size());
        List<ClaimStore.Entry> batch = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            DatasetGraph one = conversion.convertOne(files.get(i), err, verbose);
            if (one != null) {
                batch.add(new ClaimStore.Entry(files.get(i).getFileName().toString(), one));
            }
            if (batch.size() == BATCH || i == files.size() - 1) {
                store.replaceAll(batch).forEach(o -> outcomes.merge(o, 1, Integer::sum));
                batch.clear();
            }
            progress.step(i + 1);
        }
        store.describe(conversion.run().startedAt());
        if (outcomes.getOrDefault(ClaimStore.Outcome.ADDED, 0) + outcomes.getOrDefault(ClaimStore.Outcome.REPLACED, 0) > 0) {
            store.compact();
        }
        ClaimStore.Stats stats = store.stats();
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf(Locale.ROOT,
                "built %s: %d articles read (%d added, %d replaced, %d unchanged, %d failed); store holds %d articles, "
                        + "%d claims, %d triples; %.1f s%n",
                store.directory(), conversion.articles(), outcomes.getOrDefault(ClaimStore.Outcome.ADDED, 0),
                outcomes.getOrDefault(ClaimStore.Outcome.REPLACED, 0),
                outcomes.getOrDefault(ClaimStore.Outcome.UNCHANGED, 0), conversion.failures(), stats.articles(),
                stats.claims(), stats.quads(), seconds);
        spec.commandLine().getOut().flush();
        return conversion.exitCode();
    }

    /** Loads the ontology, shapes and gazetteer into their own named graphs. */
    static final class References {
        private References() {}

        static void load(ClaimStore store, claimgraph.extract.Gazetteer gazetteer) {
            store.putGraph(Iris.ontologyGraph(), resource("/ontology/claimgraph.ttl"));
            store.putGraph(Iris.shapesGraph(), resource("/ontology/shapes.ttl"));
            store.putGraph(Iris.gazetteerGraph(), gazetteer.model().getGraph());
        }

        static org.apache.jena.graph.Graph resource(String name) {
            DatasetGraph tmp = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
            ClaimsCommand.addResource(tmp, "urn:x-tmp", name);
            return tmp.getGraph(org.apache.jena.graph.NodeFactory.createURI("urn:x-tmp"));
        }
    }
}
