package claimgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph convert INPUT... [-o FILE] [--format trig|nq|ttl|jsonld]}. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Converts articles into the claim graph (one named graph per article).")
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--format", defaultValue = "trig", description = "trig, nq, ttl (union of graphs) or jsonld. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--at", paramLabel = "INSTANT", description = "Time to record for the extraction run (ISO-8601), for reproducible output; default SOURCE_DATE_EPOCH or now.")
    Instant at;

    @Override
    public Integer call() throws IOException {
        RDFFormat rdfFormat = switch (format.toLowerCase(Locale.ROOT)) {
            case "trig" -> RDFFormat.TRIG_BLOCKS;
            case "nq", "nquads" -> RDFFormat.NQUADS;
            case "ttl", "turtle" -> RDFFormat.TURTLE_BLOCKS;
            case "jsonld", "json-ld" -> RDFFormat.JSONLD11;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown format '" + format + "' (trig, nq, ttl or jsonld)");
        };
        Conversion conversion = new Conversion(input.gazetteers, at);
        DatasetGraph dsg = conversion.convert(input.inputs, spec.commandLine().getErr(), input.verbose);
        if (output == null) {
            java.io.StringWriter text = new java.io.StringWriter();
            org.apache.jena.riot.RDFWriter.create().format(rdfFormat).source(prepared(dsg, rdfFormat)).build().output(text);
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".claimgraph", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(dsg, rdfFormat, out);
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return conversion.exitCode();
    }

    private static void write(DatasetGraph dsg, RDFFormat format, OutputStream out) {
        org.apache.jena.riot.RDFWriter.create().format(format).source(prepared(dsg, format)).build().output(out);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dataset with readable prefixes; Turtle gets the union of the graphs. */
    private static DatasetGraph prepared(DatasetGraph dsg, RDFFormat format) {
        dsg.prefixes().putAll(Prefixes.MAP);
        if (format == RDFFormat.TURTLE_BLOCKS) {
            org.apache.jena.graph.Graph union = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            union.getPrefixMapping().setNsPrefixes(Prefixes.MAP);
            org.apache.jena.graph.GraphUtil.addInto(union, dsg.getUnionGraph());
            return org.apache.jena.sparql.core.DatasetGraphFactory.wrap(union);
        }
        return dsg;
    }
}
