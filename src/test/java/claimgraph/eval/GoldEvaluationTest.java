package claimgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import claimgraph.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The extraction quality bar on the hand-annotated seeds and dev articles (../shared/gold). */
class GoldEvaluationTest {
    private static final Path SHARED = Path.of("../shared");

    @Test
    void eval_seedsAndDevArticles_meetTheQualityBar() {
        Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("gold")), "../shared/gold beside the repository");
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        int code = cl.execute("eval", "--gold", SHARED.resolve("gold/seeds.tsv").toString(), "--gold",
                SHARED.resolve("gold/dev.tsv").toString(), "seeds", SHARED.resolve("dev/articles").toString());
        assertThat(code).isZero();
        String report = out.toString();
        assertThat(number(report, "F1")).as(report).isGreaterThanOrEqualTo(0.90);
        assertThat(number(report, "claimant")).as(report).isGreaterThanOrEqualTo(0.80);
        assertThat(number(report, "status")).as(report).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void eval_writtenArticlesInOtherOutletsStyles_meetTheQualityBar() {
        Path written = Path.of("src/test/resources/written");
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        int code = cl.execute("eval", "--gold", written.resolve("gold.tsv").toString(), written.resolve("articles").toString());
        assertThat(code).isZero();
        String report = out.toString();
        assertThat(number(report, "F1")).as(report).isGreaterThanOrEqualTo(0.93);
        assertThat(number(report, "claimant")).as(report).isGreaterThanOrEqualTo(0.85);
        assertThat(number(report, "location")).as(report).isGreaterThanOrEqualTo(0.85);
        assertThat(number(report, "status")).as(report).isGreaterThanOrEqualTo(0.95);
    }

    private static double number(String report, String label) {
        Matcher m = Pattern.compile(label + " (\\d\\.\\d{3})").matcher(report);
        assertThat(m.find()).as("'" + label + "' in the report").isTrue();
        return Double.parseDouble(m.group(1));
    }
}
