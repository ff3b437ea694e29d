package claimgraph.eval;

import claimgraph.query.Table;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The evaluation stage's entry point: matches the claims table to gold rows by (file, measure, value), over
 * the files that appear in the table, and counts agreement on qualifier, status, claimant and location.
 * Labels compare after normalisation (case, apostrophes, a leading "the", British/American spelling).
 */
public final class Scorer {
    private Scorer() {}

    /**
     * Scores the table; {@code converted} names every file that was converted, so that a gold file whose
     * article yielded no rows still counts its misses.
     */
    public static Score score(Gold gold, Table claims, Set<String> converted) {
        Map<String, List<String>> predicted = new LinkedHashMap<>();
        Set<String> docs = new HashSet<>(converted);
        for (List<String> row : claims.rows()) {
            String doc = claims.get(row, "source");
            docs.add(doc);
            predicted.putIfAbsent(doc + "\t" + claims.get(row, "measure") + "\t" + claims.get(row, "value"), row);
        }
        int tp = 0;
        int q = 0;
        int st = 0;
        int cl = 0;
        int loc = 0;
        List<String> misses = new ArrayList<>();
        List<String> differs = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        for (GoldRow g : gold.rows()) {
            if (!docs.contains(g.doc())) {
                continue;
            }
            List<String> row = predicted.get(g.key());
            if (row == null) {
                misses.add(g.key() + "\t" + g.quote());
                continue;
            }
            tp++;
            matched.add(g.key());
            boolean qa = claims.get(row, "qualifier").equals(g.qualifier());
            boolean sa = claims.get(row, "status").equals(g.status());
            boolean ca = anyMatch(claims.get(row, "claimant"), g.claimants());
            String location = claims.get(row, "location");
            boolean la = g.locations().isEmpty() ? location.isEmpty() : anyMatch(location, g.locations());
            q += qa ? 1 : 0;
            st += sa ? 1 : 0;
            cl += ca ? 1 : 0;
            loc += la ? 1 : 0;
            if (!(qa && sa && ca && la)) {
                differs.add(g.key() + "\tgot " + claims.get(row, "qualifier") + "/" + claims.get(row, "status") + "/"
                        + claims.get(row, "claimant") + "/" + location + "\twant " + g.qualifier() + "/" + g.status()
                        + "/" + String.join("|", g.claimants()) + "/" + String.join("|", g.locations()));
            }
        }
        List<String> falseHits = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : predicted.entrySet()) {
            if (!matched.contains(e.getKey())) {
                falseHits.add(e.getKey() + "\t" + claims.get(e.getValue(), "quote"));
            }
        }
        return new Score(tp, falseHits.size(), misses.size(), q, st, cl, loc, misses, falseHits, differs);
    }

    static boolean anyMatch(String got, List<String> acceptable) {
        String n = normalize(got);
        return !n.isEmpty() && acceptable.stream().anyMatch(a -> normalize(a).equals(n));
    }

    static String normalize(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('ʼ', '\'');
        s = s.replaceAll("^(the|a|an)\\s+", "");
        s = s.replace("defence", "defense").replace("organisation", "organization");
        return s.replaceAll("[^\\p{L}\\p{N}' ]", " ").replaceAll("\\s+", " ").strip();
    }
}
