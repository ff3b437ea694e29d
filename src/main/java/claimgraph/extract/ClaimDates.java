package claimgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The date a claim refers to: an explicit date in its sentence ("On October 24", "on 21 January", "on Monday")
 * resolved against the article's date, else the article's date.
 */
final class ClaimDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private ClaimDates() {}

    static String resolve(List<Token> t, String articleDate) {
        LocalDate anchor = day(articleDate);
        for (int k = 0; k < t.size(); k++) {
            Integer month = month(t.get(k));
            if (month != null) {
                Integer dayAfter = dayAt(t, k + 1);
                Integer dayBefore = k > 0 ? dayAt(t, k - 1) : null;
                Integer d = dayAfter != null ? dayAfter : dayBefore;
                if (d == null) {
                    continue;
                }
                Integer year = yearAt(t, dayAfter != null ? k + 2 : k + 1);
                try {
                    if (year != null) {
                        return LocalDate.of(year, month, d).toString();
                    }
                    if (anchor != null) {
                        LocalDate date = LocalDate.of(anchor.getYear(), month, d);
                        return (date.isAfter(anchor) ? date.minusYears(1) : date).toString();
                    }
                } catch (java.time.DateTimeException e) {
                    continue;
                }
            }
            if (anchor != null && t.get(k).is("on") && k + 1 < t.size()) {
                DayOfWeek dow = weekday(t.get(k + 1).lower());
                if (dow != null) {
                    return anchor.with(TemporalAdjusters.previousOrSame(dow)).toString();
                }
            }
        }
        return articleDate;
    }

    private static Integer month(Token tok) {
        String w = tok.lower().replace(".", "");
        if (!tok.isCapitalized() || w.length() < 3) {
            return null; // "U.K." is no month
        }
        if (w.equals("may") || w.length() > 3 && !isFullMonth(w)) {
            return w.equals("may") ? 5 : null;
        }
        return MONTHS.get(w.substring(0, 3));
    }

    private static boolean isFullMonth(String w) {
        return Lexicon.MONTHS.contains(w);
    }

    private static Integer dayAt(List<Token> t, int k) {
        if (k < 0 || k >= t.size() || !t.get(k).isNumber() || !t.get(k).text().matches("\\d{1,2}")) {
            return null;
        }
        int d = Integer.parseInt(t.get(k).text());
        return d >= 1 && d <= 31 ? d : null;
    }

    private static Integer yearAt(List<Token> t, int k) {
        if (k < t.size() && t.get(k).text().equals(",")) {
            k++;
        }
        if (k < t.size() && t.get(k).isNumber() && t.get(k).text().matches("(19|20)\\d{2}")) {
            return Integer.parseInt(t.get(k).text());
        }
        return null;
    }

    private static DayOfWeek weekday(String w) {
        try {
            return DayOfWeek.valueOf(w.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate day(String date) {
        if (date == null || date.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
