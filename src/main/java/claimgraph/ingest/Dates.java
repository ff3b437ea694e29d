package claimgraph.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds and normalises article dates to {@code YYYY-MM-DD} or {@code YYYY-MM}. */
final class Dates {
    static final Pattern ISO = Pattern.compile("(?<![\\d-])((?:19|20)\\d{2})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\\d|3[01]))?(?![\\d-])");
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** "July 1, 2025", "Nov 2, 2025". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b");
    /** "1 July 2025". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {}

    /** The first ISO date in the string, or null. */
    static String iso(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.find()) {
            return null;
        }
        return m.group(3) == null ? m.group(1) + "-" + m.group(2) : m.group(1) + "-" + m.group(2) + "-" + m.group(3);
    }

    /** A date written in words ("July 1, 2025", "1 July 2025") or ISO anywhere in the string, or null. */
    static String anyDate(String s) {
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            return of(m.group(3), m.group(1), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        return iso(s);
    }

    private static String of(String year, String month, String day) {
        int mo = MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT));
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) {
            return null;
        }
        return String.format(Locale.ROOT, "%s-%02d-%02d", year, mo, d);
    }
}
