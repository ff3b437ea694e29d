package claimgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import claimgraph.query.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static final List<String> COLUMNS = List.of("source", "measure", "value", "qualifier", "status", "subject",
            "subject_wikidata", "claimant", "claimant_wikidata", "location", "location_wikidata", "date", "quote", "claim");

    private static List<String> row(String doc, String measure, String value, String qualifier, String claimant, String location) {
        return List.of(doc, measure, value, qualifier, "actual", "North Korea", "", claimant, "", location, "", "", "q", "iri");
    }

    private static GoldRow gold(String doc, String measure, long value, String qualifier, List<String> claimants, List<String> locations) {
        return new GoldRow(doc, measure, value, qualifier, "actual", "North Korea", claimants, locations, "q");
    }

    @Test
    void score_countsMatchesFalseHitsAndMisses() {
        Table table = new Table(COLUMNS, List.of(row("a.txt", "personnel", "100", "exact", "NIS", ""),
                row("a.txt", "killed", "5", "exact", "NIS", "")));
        Gold g = new Gold(List.of(gold("a.txt", "personnel", 100, "exact", List.of("NIS"), List.of()),
                gold("a.txt", "wounded", 7, "exact", List.of("NIS"), List.of()),
                gold("other.txt", "personnel", 1, "exact", List.of("X"), List.of())));
        Score s = Scorer.score(g, table, Set.of("a.txt"));
        assertThat(s.truePositives()).isEqualTo(1);
        assertThat(s.falsePositives()).isEqualTo(1);
        assertThat(s.falseNegatives()).isEqualTo(1);
        assertThat(s.f1()).isEqualTo(0.5);
    }

    @Test
    void score_convertedFileWithoutRows_stillCountsItsMisses() {
        Score s = Scorer.score(new Gold(List.of(gold("empty.txt", "personnel", 1, "exact", List.of(), List.of()))),
                new Table(COLUMNS, List.of()), Set.of("empty.txt"));
        assertThat(s.falseNegatives()).isEqualTo(1);
        assertThat(s.recall()).isZero();
    }

    @Test
    void score_claimantAgreement_normalisesCaseArticleAndSpelling() {
        Table table = new Table(COLUMNS, List.of(row("a.txt", "personnel", "100", "exact", "the UK Ministry of Defence", "")));
        Score s = Scorer.score(new Gold(List.of(gold("a.txt", "personnel", 100, "exact",
                List.of("UK Ministry of Defense"), List.of()))), table, Set.of("a.txt"));
        assertThat(s.agreement(s.claimantAgree())).isEqualTo(1.0);
    }

    @Test
    void score_locationGivenWhereGoldHasNone_disagrees() {
        Table table = new Table(COLUMNS, List.of(row("a.txt", "personnel", "100", "exact", "NIS", "Russia")));
        Score s = Scorer.score(new Gold(List.of(gold("a.txt", "personnel", 100, "exact", List.of("NIS"), List.of()))),
                table, Set.of("a.txt"));
        assertThat(s.locationAgree()).isZero();
    }
}
