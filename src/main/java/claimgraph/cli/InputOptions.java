package claimgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by the commands that read articles. */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files (.txt, .md, .html) or folders of them.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Extra gazetteer Turtle file(s) to recognise more actors and places.")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--verbose", description = "Print stack traces with errors.")
    boolean verbose;
}
