package claimgraph.extract;

import java.util.Locale;

/** Whether the figure describes what is (actual) or what may be (possible: may, could, plans, will...). */
public enum Status {
    ACTUAL, POSSIBLE;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String slug() {
        return word();
    }
}
