package claimgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds gazetteer entities in a sentence's tokens: longest match first; a state followed by one of its
 * organisations' descriptors ("South Korea's defense ministry", "Seoul's spy agency") or by an office
 * ("the Ukrainian president") becomes that organisation or office holder; a place followed by "region",
 * "direction"... keeps the suffix in its mention.
 */
final class Mentions {
    private Mentions() {}

    static List<Mention> find(List<Token> tokens, Gazetteer g, String text) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Mention m = at(tokens, i, g, text);
            if (m == null) {
                i++;
            } else {
                found.add(m);
                i = m.to();
            }
        }
        return found;
    }

    private static Mention at(List<Token> tokens, int i, Gazetteer g, String text) {
        Token first = tokens.get(i);
        if (first.isPunct() || first.type() == Token.Type.POSSESSIVE) {
            return null;
        }
        for (Gazetteer.Alias a : g.namesStartingWith(first.lower())) {
            int end = match(tokens, i, a);
            if (end < 0) {
                continue;
            }
            Gazetteer.Entry e = a.entry();
            if (e.isState()) {
                Mention combined = combine(tokens, i, end, e, g, text);
                if (combined != null) {
                    return combined;
                }
            }
            if (e.place() && !e.isState() && end < tokens.size()
                    && Lexicon.PLACE_SUFFIXES.contains(tokens.get(end).lower())) {
                end++;
            }
            return mention(e, a.form(), i, end, tokens, text);
        }
        return null;
    }

    /** State + ['s] + descriptor or role: the organisation or person. */
    private static Mention combine(List<Token> tokens, int i, int end, Gazetteer.Entry state, Gazetteer g, String text) {
        int j = end;
        if (j < tokens.size() && tokens.get(j).type() == Token.Type.POSSESSIVE) {
            j++;
        }
        for (Gazetteer.Alias d : g.descriptorsOf(state.iri())) {
            int e = matchLoose(tokens, j, d);
            if (e > 0) {
                return mention(d.entry(), Gazetteer.Form.DESCRIPTOR, i, e, tokens, text);
            }
        }
        for (Gazetteer.Alias r : g.rolesOf(state.iri())) {
            int e = matchLoose(tokens, j, r);
            if (e > 0) {
                return mention(r.entry(), Gazetteer.Form.ROLE, i, e, tokens, text);
            }
        }
        return null;
    }

    private static Mention mention(Gazetteer.Entry e, Gazetteer.Form form, int from, int to, List<Token> tokens,
            String text) {
        return new Mention(e, form, from, to, text.substring(tokens.get(from).start(), tokens.get(to - 1).end()));
    }

    /** End index of an alias matched at {@code i}, or -1. */
    static int match(List<Token> tokens, int i, Gazetteer.Alias a) {
        List<String> words = a.tokens();
        if (i + words.size() > tokens.size()) {
            return -1;
        }
        for (int k = 0; k < words.size(); k++) {
            String want = words.get(k);
            String got = tokens.get(i + k).text();
            if (a.caseSensitive()) {
                if (!got.equals(want)) {
                    return -1;
                }
            } else if (!same(got, want)) {
                return -1;
            }
        }
        String firstGot = tokens.get(i).text();
        if (!a.caseSensitive() && Character.isUpperCase(words.get(0).codePointAt(0))
                && !Character.isUpperCase(firstGot.codePointAt(0)) && !Character.isDigit(firstGot.codePointAt(0))) {
            return -1; // "times" is not "The Times"
        }
        return i + words.size();
    }

    private static int matchLoose(List<Token> tokens, int i, Gazetteer.Alias a) {
        List<String> words = a.tokens();
        if (i + words.size() > tokens.size()) {
            return -1;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!same(tokens.get(i + k).text(), words.get(k))) {
                return -1;
            }
        }
        return i + words.size();
    }

    private static boolean same(String got, String want) {
        return got.equalsIgnoreCase(want) || normalizeQuotes(got).equalsIgnoreCase(normalizeQuotes(want));
    }

    private static String normalizeQuotes(String s) {
        return s.replace('’', '\'').replace('ʼ', '\'');
    }
}
