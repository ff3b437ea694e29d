package claimgraph.cli;

import claimgraph.bench.ConvertBenchmark;
import claimgraph.bench.SyntheticCorpus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code claimgraph bench}: times the full convert against bare tokenisation, or writes the synthetic corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Times the full convert (parse, extract, map to RDF, write N-Quads) of a synthetic corpus "
                + "next to bare OpenNLP tokenisation of the same corpus, and prints both speeds and their ratio.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "10000", paramLabel = "N",
            description = "Synthetic articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
            description = "Worker threads for both passes (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "SEED",
            description = "Seed of the synthetic corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--write-corpus", paramLabel = "DIR",
            description = "Write the synthetic corpus (synthetic_00001.txt ...) to DIR instead of benchmarking.")
    Path corpusDir;

    @Override
    public Integer call() {
        if (articles < 1) {
            throw new ParameterException(spec.commandLine(), "--articles must be at least 1, got " + articles);
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (corpusDir != null) {
            SyntheticCorpus.writeTo(corpusDir, articles, seed);
            out.printf("wrote %d synthetic articles (seed %d) to %s%n", articles, seed, corpusDir);
        } else {
            ConvertBenchmark.run(articles, threads, seed, out);
        }
        out.flush();
        return 0;
    }
}
