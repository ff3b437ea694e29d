package claimgraph.cli;

import claimgraph.query.QueryCatalog;
import claimgraph.query.Table;
import claimgraph.rdf.Iris;
import java.io.InputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph claims INPUT... [--format tsv|csv|json|table]}: the canned query claims.rq over the converted graph. */
@Command(name = "claims", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Prints the claims table: queries/claims.rq run over the converted articles.")
final class ClaimsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--format", defaultValue = "tsv", description = "tsv, csv, json or table. Default: ${DEFAULT-VALUE}.")
    String format;

    @Override
    public Integer call() {
        Table.Format f = Table.format(format);
        Conversion conversion = new Conversion(input.gazetteers, null);
        Table table = claimsTable(conversion, input, spec);
        table.write(f, spec.commandLine().getOut());
        return conversion.exitCode();
    }

    /** Converts the inputs and runs claims.rq over them with the ontology and gazetteer beside. */
    static Table claimsTable(Conversion conversion, InputOptions input, CommandSpec spec) {
        DatasetGraph dsg = conversion.convert(input.inputs, spec.commandLine().getErr(), input.verbose);
        addResource(dsg, Iris.ontologyGraph(), "/ontology/claimgraph.ttl");
        dsg.addGraph(NodeFactory.createURI(Iris.gazetteerGraph()), conversion.extractor().gazetteer().model().getGraph());
        return QueryCatalog.select(QueryCatalog.standard().get("claims").sparql(), dsg, Map.of());
    }

    static void addResource(DatasetGraph dsg, String graph, String resource) {
        try (InputStream in = ClaimsCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            RDFDataMgr.read(dsg.getGraph(NodeFactory.createURI(graph)), in, Lang.TURTLE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
