package claimgraph.cli;

import claimgraph.serve.ServerConfig;
import claimgraph.store.ClaimStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph demo [--store DIR] [--port N]}: builds seeds/ into the store, as build does, then serves it. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds the seed articles (seeds/) into the store and serves it read-only on this machine: "
                + "open the printed URL in a browser. Runs until Ctrl-C.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "N",
            description = "Port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--verbose", description = "Print stack traces with errors.")
    boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = ServeCommand.buildConfig(ServerConfig.builder().port(port), spec);
        ClaimStore store = ClaimStore.open(storeOptions.store);
        int built;
        try {
            built = BuildCommand.buildInto(store, List.of(Path.of("seeds")), List.of(), verbose, spec);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        ServeCommand.serveUntilStopped(store, config, spec, server -> "claimgraph demo: open " + server.url());
        return built;
    }
}
