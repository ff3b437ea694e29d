package claimgraph.cli;

import claimgraph.rdf.Validation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimgraph validate FILE}: runs the SHACL shapes over every graph of an RDF file. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Validates converted RDF (TriG, N-Quads, Turtle, JSON-LD) against ontology/shapes.ttl.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The RDF file to validate.")
    Path file;

    @Override
    public Integer call() {
        Validation.Result result = Validation.validateFile(file);
        result.print(spec.commandLine().getOut());
        return result.conforms() ? 0 : Main.SOME_FAILED;
    }
}
