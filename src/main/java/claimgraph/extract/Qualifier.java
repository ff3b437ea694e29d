package claimgraph.extract;

import java.util.Locale;

/** How a figure is bounded: "about 12,000", "over 10,000", "at least two", "up to 100,000", or exactly. */
public enum Qualifier {
    APPROXIMATELY, MORE_THAN, AT_LEAST, UP_TO, EXACT;

    /** The lowercase words used in tables and gold files, e.g. {@code more than}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
