package claimgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The store directory option shared by build, query, serve and demo. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store",
            description = "TDB2 store directory. Default: ${DEFAULT-VALUE}.")
    Path store;
}
