package claimgraph.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One hand-annotated claim (see gold/GUIDELINES.md); claimants and locations list acceptable labels. */
public record GoldRow(String doc, String measure, long value, String qualifier, String status, String subject,
        List<String> claimants, List<String> locations, String quote) {
    public GoldRow {
        requireNonNull(doc, "doc");
        requireNonNull(measure, "measure");
        claimants = List.copyOf(claimants);
        locations = List.copyOf(locations);
    }

    public String key() {
        return doc + "\t" + measure + "\t" + value;
    }
}
