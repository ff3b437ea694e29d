package claimgraph.cli;

import claimgraph.eval.Gold;
import claimgraph.eval.Score;
import claimgraph.eval.Scorer;
import claimgraph.query.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph eval --gold GOLD.tsv INPUT...}: scores the claims table against hand-annotated answers. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Scores the claims table against gold files: precision, recall and F1 over (file, measure, value), "
                + "and how often qualifier, status, claimant and location agree among the matches.")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--gold", required = true, paramLabel = "GOLD.tsv", description = "Gold file(s) (see gold/GUIDELINES.md); repeatable.")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--list", description = "List misses and false hits (also with --verbose).")
    boolean list;

    @Override
    public Integer call() {
        Conversion conversion = new Conversion(input.gazetteers, null);
        Table table = ClaimsCommand.claimsTable(conversion, input, spec);
        Gold answers = Gold.read(gold);
        Score score = Scorer.score(answers, table, conversion.fileNames());
        score.print(spec.commandLine().getOut(), list || input.verbose);
        return conversion.exitCode();
    }
}
