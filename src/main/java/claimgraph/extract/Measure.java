package claimgraph.extract;

import java.util.Locale;

/** What a figure counts (the measure concept scheme of the ontology). */
public enum Measure {
    PERSONNEL, KILLED, WOUNDED, CAPTURED, CASUALTIES, MATERIEL;

    /** The lowercase word used in tables and gold files, e.g. {@code personnel}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The slug of the concept IRI. */
    public String slug() {
        return word();
    }
}
