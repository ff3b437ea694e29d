package claimgraph.rdf;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One extraction run: the software version and when it ran. A fixed time (from {@code SOURCE_DATE_EPOCH} or
 * {@code --at}) makes converting the same text twice give identical triples.
 */
public record Run(String softwareVersion, Instant startedAt, Instant endedAt) {
    public Run {
        requireNonNull(softwareVersion, "softwareVersion");
        requireNonNull(startedAt, "startedAt");
        requireNonNull(endedAt, "endedAt");
    }

    /** A run at a fixed instant, or now when {@code at} is null and {@code SOURCE_DATE_EPOCH} is unset. */
    public static Run at(String softwareVersion, Instant at) {
        Instant when = at;
        if (when == null) {
            String epoch = System.getenv("SOURCE_DATE_EPOCH");
            when = epoch != null && epoch.matches("\\d+") ? Instant.ofEpochSecond(Long.parseLong(epoch)) : Instant.now();
        }
        return new Run(softwareVersion, when, when);
    }
}
