package claimgraph.extract;

import java.util.Set;

/** Words that name days. */
final class ClaimDatesWords {
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private ClaimDatesWords() {}

    static boolean isWeekday(String w) {
        return WEEKDAYS.contains(w);
    }
}
