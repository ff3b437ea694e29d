package claimgraph.cli;

import claimgraph.ClaimgraphException;
import claimgraph.ingest.IngestException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: lists the subcommands and prints usage when called without one. */
@Command(name = "claimgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns conflict news into an RDF knowledge graph of quantity claims with provenance.",
        subcommands = {ConvertCommand.class, ClaimsCommand.class, EvalCommand.class, ValidateCommand.class,
                BuildCommand.class, QueryCommand.class, ServeCommand.class, DemoCommand.class, BenchCommand.class,
                StoreBenchCommand.class, LinksCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code when some inputs failed and the rest went through. */
    static final int SOME_FAILED = 1;
    static final int BAD_USAGE = 2;
    static final int FAILED = 3;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (tests call {@code execute} on it with their own writers). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("claimgraph: " + (e instanceof ClaimgraphException ? e.getMessage() : e.toString()));
            if (parseResult.hasMatchedOption("--verbose")) {
                e.printStackTrace(err);
            }
            err.flush();
            return commandLine.getExitCodeExceptionMapper() != null
                    ? commandLine.getExitCodeExceptionMapper().getExitCode(e) : FAILED;
        });
        cl.setExitCodeExceptionMapper(e -> e instanceof IngestException ? SOME_FAILED : FAILED);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        static String get() {
            String v = Main.class.getPackage().getImplementationVersion();
            return v == null ? "0.1.0" : v;
        }

        @Override
        public String[] getVersion() {
            return new String[] {"claimgraph " + get()};
        }
    }
}
