package claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands as a user runs them: exit codes, standard output, one error line per bad input. */
class CliTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void claims_seeds_printsTheFourteenColumnsAndOneRowPerClaim() {
        assertThat(run("claims", "seeds", "--format", "tsv")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join("\t", "source", "measure", "value", "qualifier", "status",
                "subject", "subject_wikidata", "claimant", "claimant_wikidata", "location", "location_wikidata", "date",
                "quote", "claim"));
        assertThat(lines).hasSizeGreaterThan(15);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("000_65fbc1b7070f10d2.txt\tpersonnel\t100000\tup to\tpossible\tNorth Korea"));
    }

    @Test
    void claims_jsonFormat_printsAnArrayOfObjects() {
        assertThat(run("claims", "seeds/003_e65fc6cb66584d8e.txt", "--format", "json")).isZero();
        assertThat(out.toString().strip()).startsWith("[").endsWith("]").contains("\"measure\" : \"personnel\"");
    }

    @Test
    void convert_badFileInABatch_reportsOneLineAndConvertsTheRest() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "The NIS said 1,500 North Korean troops arrived in Russia.");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("bin.txt"), new byte[] {1, 0, 2});
        Path missing = dir.resolve("missing.txt");
        int code = run("convert", empty.toString(), good.toString(), binary.toString(), missing.toString(), "--format", "nq");
        assertThat(code).isEqualTo(Main.SOME_FAILED);
        List<String> errors = err.toString().lines().toList();
        assertThat(errors).hasSize(3);
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("empty.txt").contains("empty"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("bin.txt").contains("binary"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("missing.txt"));
        assertThat(out.toString()).contains("good.txt").contains("personnel-1500");
    }

    @Test
    void convert_toFile_thenValidate_conforms() {
        Path trig = dir.resolve("seeds.trig");
        assertThat(run("convert", "seeds", "-o", trig.toString(), "--at", "2024-12-01T00:00:00Z")).isZero();
        assertThat(Files.exists(trig)).isTrue();
        assertThat(run("validate", trig.toString())).isZero();
        assertThat(out.toString()).contains("conforms");
    }

    @Test
    void validate_graphBreakingTheShapes_failsAndNamesTheFocusNode() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.ttl"), """
                @prefix cg: <https://w3id.org/claimgraph/ontology#> .
                <https://example.org/claim/1> a cg:Claim .
                """);
        assertThat(run("validate", bad.toString())).isEqualTo(Main.SOME_FAILED);
        assertThat(out.toString()).contains("https://example.org/claim/1").contains("violations");
    }

    @Test
    void eval_seedsAgainstTheirGold_printsScores() {
        Path gold = Path.of("../shared/gold/seeds.tsv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(gold), "shared gold files beside the repository");
        assertThat(run("eval", "--gold", gold.toString(), "seeds")).isZero();
        assertThat(out.toString()).containsPattern("precision \\d\\.\\d{3}  recall \\d\\.\\d{3}  F1 \\d\\.\\d{3}");
    }

    @Test
    void build_thenQuery_storesTheSeedsOnceAndAnswersCannedQueries() {
        String store = dir.resolve("store").toString();
        assertThat(run("build", "seeds", "--store", store)).isZero();
        assertThat(out.toString()).contains("5 added").contains("21 claims");
        out.getBuffer().setLength(0);
        assertThat(run("build", "seeds", "--store", store)).isZero();
        assertThat(out.toString()).contains("0 added").contains("5 unchanged").contains("21 claims");
        out.getBuffer().setLength(0);
        assertThat(run("query", "claims", "--store", store, "--format", "csv")).isZero();
        assertThat(out.toString().lines()).hasSize(22);
    }

    @Test
    void query_withoutAStore_saysSo() {
        assertThat(run("query", "claims", "--store", dir.resolve("nothing").toString())).isNotZero();
        assertThat(err.toString()).contains("no store here");
    }

    @Test
    void unknownFormat_isAUsageError() {
        assertThat(run("claims", "seeds", "--format", "xml")).isNotZero();
        assertThat(err.toString()).contains("unknown format 'xml'");
    }

    @Test
    void rootCommand_withoutSubcommand_printsUsage() {
        assertThat(run()).isZero();
        assertThat(out.toString()).contains("Usage: claimgraph").contains("convert").contains("claims").contains("eval");
    }

    @Test
    void version_isPrintedEverywhere() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("claimgraph 0.1.0");
        for (String command : Main.commandLine().getSubcommands().keySet()) {
            if (command.equals("help")) {
                continue;
            }
            out.getBuffer().setLength(0);
            assertThat(run(command, "--version")).as(command).isZero();
            assertThat(out.toString()).as(command).contains("claimgraph 0.1.0");
            out.getBuffer().setLength(0);
            assertThat(run(command, "--help")).as(command).isZero();
            assertThat(out.toString()).as(command).contains("Usage: claimgraph " + command);
        }
    }
}
