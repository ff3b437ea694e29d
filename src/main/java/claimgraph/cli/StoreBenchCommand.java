package claimgraph.cli;

import claimgraph.bench.StoreBenchmark;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph bench-store}: store load speed next to tdb2.tdbloader, and canned-query latency over HTTP. */
@Command(name = "bench-store", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Loads a synthetic corpus into a TDB2 store as 'build' does, next to tdb2.tdbloader on the same quads, "
                + "then prints p50/p99 latency of every canned query through the embedded server.")
final class StoreBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "10000", description = "Synthetic articles. Default: ${DEFAULT-VALUE}.")
    int articles;

    @Option(names = "--runs", defaultValue = "20", description = "Timed requests per query. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (articles < 1 || runs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--articles and --runs must be at least 1");
        }
        StoreBenchmark.run(articles, runs, seed, spec.commandLine().getOut());
        return 0;
    }
}
