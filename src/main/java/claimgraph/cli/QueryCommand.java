package claimgraph.cli;

import claimgraph.query.CannedQuery;
import claimgraph.query.QueryCatalog;
import claimgraph.query.Table;
import claimgraph.store.ClaimStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimgraph query NAME|FILE.rq [--store DIR] [--format table|csv|tsv|json] [--param NAME=IRI]}. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Runs a canned query (by name, see queries/) or a .rq file over the store.")
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME|FILE.rq", description = "A canned query's name (e.g. claims) or a SPARQL file.")
    String query;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--param", paramLabel = "NAME=IRI", description = "Binds a query parameter to an IRI.")
    Map<String, String> params = new LinkedHashMap<>();

    @Override
    public Integer call() {
        Table.Format f = Table.format(format);
        Path file = Path.of(query);
        CannedQuery q = query.endsWith(".rq") || Files.isRegularFile(file)
                ? QueryCatalog.read(file) : QueryCatalog.standard().get(query);
        for (String p : q.params()) {
            if (!params.containsKey(p)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "query '" + q.name() + "' needs --param " + p + "=IRI");
            }
        }
        if (!Files.isDirectory(storeOptions.store)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    storeOptions.store + ": no store here (run 'claimgraph build' first)");
        }
        try (ClaimStore store = ClaimStore.open(storeOptions.store)) {
            Table table = Txn.calculateRead(store.dataset(), () -> QueryCatalog.select(q.sparql(), store.dataset(), params));
            table.write(f, spec.commandLine().getOut());
        }
        return 0;
    }
}
