package claimgraph.extract;

import static java.util.Objects.requireNonNull;

/**
 * One figure an article asserts, with everything the graph records about it.
 *
 * @param measure   what the figure counts
 * @param value     the figure as an integer
 * @param qualifier how it is bounded
 * @param status    actual or possible
 * @param subject   whose forces, losses or materiel
 * @param claimant  who asserts it (the publisher when the article speaks in its own voice)
 * @param location  where the forces are, or null when the sentence names no place
 * @param date      the date the claim refers to ({@code YYYY-MM-DD} or {@code YYYY-MM}), or null
 * @param sentence  the sentence's range in the article text
 * @param number    the range of the figure as written ("over 10,000")
 * @param hedged    the sentence hedges (likely, believed, reportedly, estimated)
 */
public record ExtractedClaim(Measure measure, long value, Qualifier qualifier, Status status, EntityRef subject,
        EntityRef claimant, EntityRef location, String date, Span sentence, Span number, boolean hedged) {
    public ExtractedClaim {
        requireNonNull(measure, "measure");
        requireNonNull(qualifier, "qualifier");
        requireNonNull(status, "status");
        requireNonNull(subject, "subject");
        requireNonNull(claimant, "claimant");
        requireNonNull(sentence, "sentence");
        requireNonNull(number, "number");
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
    }
}
