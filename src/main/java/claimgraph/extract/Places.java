package claimgraph.extract;

import java.util.List;
import java.util.Set;

/**
 * Picks where the forces of a figure are: places the sentence names after "in", "to", "into", "at"... (or
 * as the container of such a place: "Russia's Kursk region"), not a side ("against Ukraine", "to aid Russia"),
 * not where a statement was made, nearest to the figure without crossing another figure.
 */
final class Places {
    private static final Set<String> SKIPPABLE = Set.of("the", "a", "an", "front-line", "frontline", "eastern",
            "western", "northern", "southern", "occupied", "strategically", "important", "border", "contested",
            "russian", "ukrainian", "southwestern", "northeastern", "northwestern", "southeastern", "annexed",
            "embattled", "besieged", "key", "its", "their", "his", "her", "now", "partially", "far", "central",
            "neighbouring", "neighboring", "russian-occupied", "russian-held", "ukrainian-held", "liberated");

    private Places() {}

    private static final Set<String> RECEIVING = Set.of("receive", "receives", "received", "receiving", "obtained",
            "acquired", "gets", "got");

    static Mention location(Sentence s, Quantity q, Attribution attribution, EntityRef subject, Measure measure) {
        List<Token> t = s.tokens();
        if (measure == Measure.MATERIEL) {
            Mention recipient = recipient(s, q);
            if (recipient != null) {
                return recipient;
            }
        }
        Mention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Mention found : s.mentions()) {
            Mention m = borderOf(s, found);
            if (!m.entry().place() || m.form() == Gazetteer.Form.DEMONYM || m.form() == Gazetteer.Form.DESCRIPTOR
                    || m.form() == Gazetteer.Form.ROLE) {
                continue;
            }
            if (attribution != null && m.from() >= attribution.from() && m.from() < attribution.to()) {
                continue;
            }
            if (isDateline(t, m)) {
                continue; // "WASHINGTON — Ukraine has received ...": where the story was filed
            }
            if (isContainer(s, m) || !governedByPlacePreposition(s, m) || isVenue(t, m)) {
                continue;
            }
            int score = Math.abs(m.from() - q.from()) + (crossesFigure(t, m, q) ? 100 : 0);
            if (score < bestScore) {
                best = m;
                bestScore = score;
            }
        }
        return best != null ? best : theCountry(s, q, subject);
    }

    private static final Set<String> BORDER = Set.of("border", "borders", "frontier");

    /** "near the Estonian border": a state's demonym before "border" names a place. */
    private static Mention borderOf(Sentence s, Mention m) {
        List<Token> t = s.tokens();
        if (m.form() == Gazetteer.Form.DEMONYM && m.entry().isState() && m.to() < t.size()
                && BORDER.contains(t.get(m.to()).lower())) {
            return new Mention(m.entry(), Gazetteer.Form.NAME, m.from(), m.to() + 1, m.text() + " " + t.get(m.to()).text());
        }
        return m;
    }

    /** "cutting the number of U.S. troops in the country to 1,000" after "it leaves Romania": Romania. */
    private static Mention theCountry(Sentence s, Quantity q, EntityRef subject) {
        List<Token> t = s.tokens();
        for (int k = 2; k < t.size(); k++) {
            if (t.get(k).is("country") && t.get(k - 1).is("the") && Lexicon.PLACE_PREPOSITIONS.contains(t.get(k - 2).lower())
                    && Math.abs(k - q.from()) < 10) {
                Mention state = null;
                for (Mention m : s.mentions()) {
                    if (m.to() <= k - 2 && m.entry().isState() && m.form() != Gazetteer.Form.DEMONYM
                            && (subject == null || !subject.iri().equals(m.entry().iri()))) {
                        state = m;
                    }
                }
                return state;
            }
        }
        return null;
    }

    private static final java.util.Set<String> VENUE_WORDS = java.util.Set.of("speaking", "spoke", "conference",
            "briefing", "reporters", "journalists", "visit", "visiting", "summit", "forum", "interview", "speech",
            "meeting", "talks", "ambassador", "embassy", "summoned");

    private static boolean isDateline(List<Token> t, Mention m) {
        return m.from() == 0 && m.to() < t.size() && Set.of("—", "–", "-", "--", ",", "(").contains(t.get(m.to()).text())
                && m.text().equals(m.text().toUpperCase(java.util.Locale.ROOT)) && m.text().length() > 2;
    }

    /** "Speaking at a press conference in Kyiv": where the claimant speaks, not where the forces are. */
    private static boolean isVenue(List<Token> t, Mention m) {
        for (int k = m.from() - 1; k >= Math.max(0, m.from() - 5); k--) {
            if (VENUE_WORDS.contains(t.get(k).lower())) {
                return true;
            }
            if (t.get(k).isNumber() || t.get(k).text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** "Ukraine has received six aircraft": the receiving state is where the materiel goes. */
    private static Mention recipient(Sentence s, Quantity q) {
        List<Token> t = s.tokens();
        for (Mention m : s.mentions()) {
            if (!m.entry().isState() || m.form() == Gazetteer.Form.DEMONYM || m.to() > q.from() || isDateline(t, m)) {
                continue;
            }
            for (int k = m.to(); k < Math.min(m.to() + 5, q.from()); k++) {
                if (RECEIVING.contains(t.get(k).lower())) {
                    return m;
                }
            }
            if (m.from() > 0 && Lexicon.SUPPLY.contains(t.get(m.from() - 1).lower()) && m.to() < q.from()
                    && t.get(m.to()).is("with")) {
                return m; // "has supplied Russia with 200 artillery pieces"
            }
        }
        return null;
    }

    static EntityRef ref(Mention m, Gazetteer g) {
        Gazetteer.Entry e = m.entry();
        if (m.form() == Gazetteer.Form.METONYM && e.capital() != null && g.entry(e.capital()) != null) {
            return g.entry(e.capital()).ref(m.text());
        }
        return e.ref(m.text());
    }

    /**
     * A possessive place is never the location itself: "Russia" in "Russia's Kursk region" contains the
     * location, and in "Russia's war" or "Ukraine's forces" it is a side.
     */
    private static boolean isContainer(Sentence s, Mention m) {
        List<Token> t = s.tokens();
        return m.to() < t.size() && t.get(m.to()).type() == Token.Type.POSSESSIVE;
    }

    private static boolean governedByPlacePreposition(Sentence s, Mention m) {
        List<Token> t = s.tokens();
        int k = m.from() - 1;
        int skipped = 0;
        while (k >= 0 && skipped < 4) {
            Token tok = t.get(k);
            if (tok.type() == Token.Type.POSSESSIVE) {
                Mention container = mentionEndingAt(s, k);
                if (container == null) {
                    return false;
                }
                k = container.from() - 1;
                continue;
            }
            if (SKIPPABLE.contains(tok.lower())) {
                k--;
                skipped++;
                continue;
            }
            break;
        }
        if (k < 0) {
            return false;
        }
        String w = t.get(k).lower();
        if (w.equals("with") && k > 0 && BORDER.contains(t.get(k - 1).lower())) {
            return true; // "toward the border with Finland"
        }
        if (w.equals("of") && k > 0 && PLACE_OF.contains(t.get(k - 1).lower())) {
            return true; // "near the border of Sumy Oblast", "the city of Pokrovsk", "out of Kursk"
        }
        return Lexicon.PLACE_PREPOSITIONS.contains(w) && !Lexicon.SIDE_WORDS.contains(w);
    }

    private static final Set<String> PLACE_OF = Set.of("border", "borders", "outskirts", "city", "town", "village",
            "region", "province", "oblast", "parts", "part", "area", "areas", "vicinity", "territory", "suburbs",
            "edge", "centre", "center", "south", "north", "east", "west", "out", "port", "district");

    private static Mention mentionEndingAt(Sentence s, int possessive) {
        for (Mention m : s.mentions()) {
            if (m.to() == possessive) {
                return m;
            }
        }
        return null;
    }

    private static boolean crossesFigure(List<Token> t, Mention m, Quantity q) {
        int from = Math.min(m.to(), q.to());
        int to = Math.max(m.from(), q.from());
        for (int k = from; k < to; k++) {
            if (t.get(k).isNumber() && !(q.inRange() && Math.abs(k - q.from()) <= 2)) {
                return true;
            }
        }
        return false;
    }
}
