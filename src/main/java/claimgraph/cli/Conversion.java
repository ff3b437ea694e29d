package claimgraph.cli;

import claimgraph.ClaimgraphException;
import claimgraph.extract.EntityRef;
import claimgraph.extract.ExtractedClaim;
import claimgraph.extract.Extractor;
import claimgraph.extract.Gazetteer;
import claimgraph.ingest.Article;
import claimgraph.ingest.ArticleReader;
import claimgraph.rdf.ClaimMapper;
import claimgraph.rdf.Run;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Runs ingest, extract and mapping over a batch of files: each bad file costs one line on the error stream
 * and the batch goes on.
 */
final class Conversion {
    private final Extractor extractor;
    private final Run run;
    private int failures;
    private int articles;
    private int claims;
    private final java.util.Set<String> fileNames = new java.util.TreeSet<>();

    Conversion(List<Path> gazetteers, Instant at) {
        this.extractor = Extractor.of(gazetteers.isEmpty() ? Gazetteer.standard() : Gazetteer.of(gazetteers));
        this.run = Run.at(Main.Version.get(), at);
    }

    /** The run every converted article records (its time also dates the store's VoID description). */
    Run run() {
        return run;
    }

    /** Converts every article of the inputs into one dataset (one named graph per article). */
    DatasetGraph convert(List<Path> inputs, PrintWriter err, boolean verbose) {
        DatasetGraph all = DatasetGraphFactory.createTxnMem();
        for (Path file : expand(inputs, err)) {
            DatasetGraph one = convertOne(file, err, verbose);
            if (one != null) {
                one.find().forEachRemaining((Quad q) -> all.add(q));
            }
        }
        err.flush();
        return all;
    }

    /** One article's dataset, or null after one error line (bad file) or warning (not English). */
    DatasetGraph convertOne(Path file, PrintWriter err, boolean verbose) {
        try {
            Article article = ArticleReader.read(file);
            if (!article.isEnglish()) {
                err.println("claimgraph: " + file + ": skipped, language is " + article.language() + ", not English");
                return null;
            }
            List<ExtractedClaim> found = extractor.extract(article);
            EntityRef publisher = extractor.publisher(article);
            DatasetGraph one = ClaimMapper.toDataset(article, publisher, found, run);
            articles++;
            claims += found.size();
            fileNames.add(article.fileName());
            return one;
        } catch (ClaimgraphException e) {
            failures++;
            err.println("claimgraph: " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return null;
        }
    }

    List<Path> files(List<Path> inputs, PrintWriter err) {
        return expand(inputs, err);
    }

    private List<Path> expand(List<Path> inputs, PrintWriter err) {
        try {
            return ArticleReader.expand(inputs);
        } catch (ClaimgraphException e) {
            failures++;
            err.println("claimgraph: " + e.getMessage());
            return List.of();
        }
    }

    Extractor extractor() {
        return extractor;
    }

    java.util.Set<String> fileNames() {
        return fileNames;
    }

    int failures() {
        return failures;
    }

    int articles() {
        return articles;
    }

    int claims() {
        return claims;
    }

    int exitCode() {
        return failures == 0 ? 0 : Main.SOME_FAILED;
    }
}
