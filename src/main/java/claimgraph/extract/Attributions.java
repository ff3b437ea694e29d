package claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the attributions in a sentence: "according to X", "X said / reported / estimates / told ...",
 * "citing X", "reported by X", post-posed ", X said", with relative clauses and date adverbials skipped between
 * the claimant and its verb. Pronouns and "the officials" / "the publication" resolve against what came before.
 */
final class Attributions {
    private static final Set<String> SKIP_BEFORE_VERB = Set.of("has", "have", "had", "also", "further", "recently",
            "officially", "previously", "earlier", "now", "then", "already", "later", "publicly", "separately",
            "repeatedly", "initially", "once", "again", "just", "last", "week", "month", "year", "on", "in", "this",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
            "tonight", "morning", "evening", "afternoon", "night", "did", "does", "do", "not", "would", "will",
            "jointly", "reportedly", "likewise", "similarly", "too", "first", "widely", "privately",
            "specifically", "explicitly", "openly", "formally", "subsequently", ",", "late", "early", "ago");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> NP_GLUE = Set.of("and", "of", "the", "a", "an", "for", "on");
    private static final Set<String> PARENTHETICAL_OPENERS = Set.of("which", "who", "speaking", "citing", "whose",
            "a", "an", "the", "himself", "herself", "itself", "including", "according", "both", "one", "in", "as",
            "known", "also", "formerly", "better");
    private static final Set<String> TITLES = Set.of("major", "general", "lieutenant", "colonel", "col", "col.",
            "gen", "gen.", "lt", "lt.", "maj", "maj.", "admiral", "adm", "adm.", "mr", "mr.", "mrs", "ms", "dr", "dr.",
            "sir", "president", "minister", "prime", "defence", "defense", "secretary", "chancellor", "spokesman",
            "spokesperson", "spokeswoman", "deputy", "foreign", "commander", "chief", "head", "director", "senator",
            "rep.", "sen.", "captain", "capt.", "sergeant", "brigadier", "ambassador", "envoy", "press", "national",
            "security", "adviser", "advisor", "lawmaker", "legislator", "correspondent", "army", "navy", "general's");

    private Attributions() {}

    static List<Attribution> find(Sentence s, Gazetteer g, Resolver resolver) {
        List<Token> t = s.tokens();
        List<Attribution> out = new ArrayList<>();
        boolean[] covered = new boolean[t.size()];
        for (Mention m : s.mentions()) {
            for (int k = m.from(); k < m.to(); k++) {
                covered[k] = true;
            }
        }
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).lower();
            if (covered[i]) {
                continue;
            }
            if (w.equals(":") && i > 0 && !t.get(i - 1).isNumber() && out.isEmpty()) {
                Found speaker = backward(s, i, g, resolver); // "Kyrylo Budanov: North Korea has handed over ..."
                if (speaker != null && onlyTitlesBefore(t, speaker.from()) && named(speaker)) {
                    out.add(new Attribution(speaker.ref(), speaker.from(), i + 1, i));
                    continue;
                }
                Found source = t.size() - i <= 6 ? forward(s, i + 1, g, resolver) : null; // "... in Russia: JCS"
                if (source != null && source.to() >= t.size() - 1 && named(source)) {
                    out.add(new Attribution(source.ref(), i, source.to(), i));
                }
                continue;
            }
            if (w.equals("according") && i + 1 < t.size() && t.get(i + 1).is("to")) {
                Found np = forward(s, i + 2, g, resolver);
                add(out, np, i, i);
                if (np != null) {
                    for (int k = i; k < np.to(); k++) {
                        covered[k] = true;
                    }
                }
            } else if ((w.equals("citing") || w.equals("per")) && i + 1 < t.size()) {
                add(out, forward(s, i + 1, g, resolver), i, i);
            } else if (Lexicon.SAYING.contains(w) && t.get(i).isWord()) {
                if (i + 1 < t.size() && t.get(i + 1).is("by")) {
                    Found by = forward(s, i + 2, g, resolver);
                    if (by != null || !w.endsWith("ed")) {
                        add(out, by, i, i); // "reported by X"
                        continue;
                    } // "has identified by name": the verb's subject speaks
                }
                if (isPassiveOrNoun(t, i)) {
                    continue;
                }
                if (w.equals("quoted") || w.equals("cited")) {
                    Found source = quotedAsSaying(s, i, g, resolver);
                    if (source != null) {
                        out.add(new Attribution(source.ref(), i, source.to(), i));
                        continue; // "Lee quoted the NIS as saying": the NIS is the original source
                    }
                }
                if ((w.equals("put") || w.equals("puts")) && !putsAFigure(t, i)) {
                    continue;
                }
                Found np = backward(s, i, g, resolver);
                if (np == null && invertedAllowed(t, i)) {
                    np = forward(s, i + 1, g, resolver); // "..." said Jang / , says the ministry
                    if (np != null && np.from() != i + 1 && !(np.from() == i + 2 && DETERMINERS.contains(t.get(i + 1).lower()))) {
                        np = null;
                    }
                    if (np != null && np.to() < t.size() && startsAClause(t.get(np.to()))) {
                        np = null; // ", said Pyongyang had shipped ...": the reported clause, not the speaker
                    }
                }
                if (np != null) {
                    out.add(new Attribution(np.ref(), Math.min(np.from(), i), complementEnd(t, i), i));
                }
            }
        }
        return out;
    }


    private static boolean putObject(String w) {
        return Lexicon.FIGURE_NOUNS.contains(w) || Set.of("toll", "casualties", "losses", "deaths", "dead", "strength").contains(w);
    }

    /** "put the figure at 4,000", "put Russian casualties at roughly 950,000". */
    private static boolean putsAFigure(List<Token> t, int put) {
        if (put + 2 < t.size() && t.get(put + 1).is("the") && putObject(t.get(put + 2).lower())) {
            return true; // "put the number of Pyongyang's soldiers in Kursk ... at about 8,000"
        }
        boolean object = false;
        for (int k = put + 1; k < Math.min(t.size(), put + 7); k++) {
            String w = t.get(k).lower();
            if (w.equals("at")) {
                return object;
            }
            object |= putObject(w);
        }
        return false;
    }

    private static final Set<String> AUXILIARY = Set.of("had", "has", "have", "was", "were", "is", "are", "will",
            "would", "could", "may", "might", "can", "did", "does", "do", "plans", "planned", "intends");

    private static boolean startsAClause(Token next) {
        String w = next.lower();
        return next.isWord() && !next.isCapitalized() && (AUXILIARY.contains(w) || w.endsWith("ed") && w.length() > 4);
    }

    /** "said X" only right after a quote or comma, and never with verbs whose object is the addressee. */
    private static boolean invertedAllowed(List<Token> t, int i) {
        if (i + 1 >= t.size() || i == 0 || Set.of("told", "tells", "informed", "briefed").contains(t.get(i).lower())) {
            return false;
        }
        String prev = t.get(i - 1).text();
        return prev.equals(",") || prev.equals("”") || prev.equals("\"") || prev.equals("'");
    }

    private static Found quotedAsSaying(Sentence s, int verb, Gazetteer g, Resolver resolver) {
        List<Token> t = s.tokens();
        Found np = forward(s, verb + 1, g, resolver);
        if (np != null && np.to() + 1 < t.size() && t.get(np.to()).is("as") && t.get(np.to() + 1).is("saying")) {
            return np;
        }
        return null;
    }

    /** "🔸 Head of Ukraine's Defence Intelligence (HUR) Kyrylo Budanov:": nothing but a title before the speaker. */
    private static boolean onlyTitlesBefore(List<Token> t, int from) {
        for (int k = 0; k < from; k++) {
            Token tok = t.get(k);
            if (tok.isWord() && !tok.isCapitalized() && !TITLES.contains(tok.lower()) && !NP_GLUE.contains(tok.lower())) {
                return false;
            }
            if (tok.isNumber()) {
                return false;
            }
        }
        return true;
    }

    private static boolean named(Found f) {
        return !f.ref().iri().startsWith(Resolver.LOCAL) || f.ref().kind().equals("Person");
    }

    private static boolean isDateWord(Token tok) {
        String w = tok.lower();
        return Lexicon.WEEKDAYS.contains(w) || Lexicon.MONTHS.contains(w.replace(".", ""));
    }

    /** A claimant noun phrase and its token range. */
    record Found(EntityRef ref, int from, int to) {}

    private static void add(List<Attribution> out, Found np, int cue, int anchor) {
        if (np != null) {
            out.add(new Attribution(np.ref(), cue, np.to(), anchor));
        }
    }

    private static final Set<String> PARTICIPLES = Set.of("reported", "confirmed", "recorded", "documented",
            "found", "estimated", "put", "cited", "quoted", "published", "posted", "noted", "claimed", "announced");
    private static final Set<String> NOUN_FORMS = Set.of("reports", "claims", "estimates", "notes", "states",
            "report", "claim", "estimate", "note", "state", "put", "found");

    private static boolean isPassiveOrNoun(List<Token> t, int i) {
        String verb = t.get(i).lower();
        String prev = i > 0 ? t.get(i - 1).lower() : "";
        String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
        if (Set.of("was", "were", "is", "are", "be", "been", "being", "the", "a", "these", "those", "of", "to",
                "and", "confirm", "unconfirmed", "initial", "earlier", "on", "its", "their", "his", "her", "new",
                "latest", "such", "many", "several").contains(prev)) {
            return true;
        }
        if (NOUN_FORMS.contains(verb) && (next.isEmpty() || t.get(i + 1).isPunct() || next.equals("of")
                || next.equals("from") || next.equals("by"))) {
            return true; // "based on intelligence reports," / "reports of ..."
        }
        if (PARTICIPLES.contains(verb) && Set.of("in", "at", "from", "near", "during", "on").contains(next)
                && !Set.of("has", "have", "had").contains(prev) && i + 2 < t.size()) {
            if (i + 3 < t.size() && Set.of("a", "an", "its", "their", "his", "her", "the").contains(t.get(i + 2).lower())
                    && DOCUMENT_HEADS.contains(t.get(i + 3).lower()) || t.get(i + 2).is("statement")) {
                return false; // "the JCS estimated in a report"
            }
            Token after = t.get(i + 2);
            boolean when = after.isNumber() || Lexicon.MONTHS.contains(after.lower().replace(".", ""))
                    || Lexicon.WEEKDAYS.contains(after.lower());
            return !when; // "clashes reported in Kursk" is passive; "reported on Monday" is not
        }
        return false;
    }

    /** Where the reporting verb's complements end: at "that", a comma or the sentence end. */
    private static int complementEnd(List<Token> t, int verb) {
        for (int k = verb + 1; k < t.size(); k++) {
            String w = t.get(k).lower();
            if (w.equals("that") || w.equals(",") || w.equals(":") || w.equals("“") || w.equals("\"")) {
                return k;
            }
            if (Quantities.isNumeral(t.get(k))) {
                return k; // "says Kyiv is ready to hand over two soldiers captured in Kursk": Kursk is not the speaker's
            }
        }
        return t.size();
    }

    /** The noun phrase starting at {@code from}. */
    static Found forward(Sentence s, int from, Gazetteer g, Resolver resolver) {
        List<Token> t = s.tokens();
        while (from < t.size() && NP_GLUE.contains(t.get(from).lower()) && !DETERMINERS.contains(t.get(from).lower())) {
            from++; // a phrase does not start with "of", "and", "on"
        }
        Found anonymous = anonymousSource(s, from, t.size(), resolver);
        if (anonymous != null) {
            return anonymous; // "according to a person familiar with the matter"
        }
        int k = from;
        while (k < t.size() && allowedInPhrase(s, k) && !(k > from && PRONOUNS.contains(t.get(k).lower()))) {
            k++; // "citing intelligence he had been briefed on": a pronoun opens the next clause
        }
        if (k > from && t.get(k - 1).type() == Token.Type.POSSESSIVE) {
            int nounEnd = k; // "citing the country's spy agency": the possessed noun phrase
            while (nounEnd < t.size() && nounEnd - k < 3 && t.get(nounEnd).isWord()
                    && !Lexicon.SAYING.contains(t.get(nounEnd).lower()) && !t.get(nounEnd).is("that")) {
                nounEnd++;
            }
            k = nounEnd;
        }
        int end = k;
        while (end > from && (NP_GLUE.contains(t.get(end - 1).lower()) || isDateWord(t.get(end - 1))
                || end - 1 > from && t.get(end - 1).isNumber())) {
            end--; // "announced by Keir Starmer on Sunday"
        }
        if (end > from && end + 2 < t.size() && DOCUMENT_HEADS.contains(t.get(end - 1).lower())
                && Set.of("compiled", "published", "released", "gathered", "collected", "issued", "cited")
                .contains(t.get(end).lower()) && t.get(end + 1).is("by")) {
            Found author = forward(s, end + 2, g, resolver); // "figures compiled by Defense News"
            if (author != null) {
                return author;
            }
        }
        if (end - from >= 3 && DOCUMENT_HEADS.contains(t.get(end - 1).lower())
                && t.get(end - 2).type() == Token.Type.POSSESSIVE) {
            Found owner = phrase(s, from, end - 2, resolver); // "the ministry's figures": the ministry
            if (owner != null) {
                return new Found(owner.ref(), owner.from(), end);
            }
        }
        if (end > from && end + 1 < t.size() && DOCUMENT_HEADS.contains(t.get(end - 1).lower())
                && Set.of("by", "from", "of").contains(t.get(end).lower())) {
            Found author = forward(s, end + 1, g, resolver); // "a report by the ISW": the ISW
            if (author != null) {
                return author;
            }
        }
        return phrase(s, from, end, resolver);
    }

    private static final Set<String> DOCUMENT_HEADS = Set.of("report", "reports", "estimate", "estimates",
            "assessment", "assessments", "data", "figures", "analysis", "study", "statement", "briefing", "update",
            "interview", "post", "message", "letter", "note", "speech");

    /** The noun phrase ending before the verb at {@code verb}, skipping adverbials and one parenthetical. */
    static Found backward(Sentence s, int verb, Gazetteer g, Resolver resolver) {
        List<Token> t = s.tokens();
        int before = verb;
        while (before > 0 && SKIP_BEFORE_VERB.contains(t.get(before - 1).lower()) && !t.get(before - 1).text().equals(",")) {
            before--;
        }
        for (int j = before - 2; j >= Math.max(0, before - 9); j--) {
            if (!t.get(j).isWord() && t.get(j).type() != Token.Type.POSSESSIVE && !inMention(s, j)) {
                break; // the source phrase never spans a comma or a quote
            }
            if (ANONYMOUS.contains(t.get(j).lower()) || SPEAKERS.contains(t.get(j).lower())) {
                int start = j;
                while (start > 0 && start > j - 3 && (t.get(start - 1).isWord() || inMention(s, start - 1))
                        && !DETERMINERS.contains(t.get(start - 1).lower()) && !Lexicon.SAYING.contains(t.get(start - 1).lower())
                        && (t.get(start - 1).isCapitalized() || Lexicon.SOURCE_NOUNS.contains(t.get(start - 1).lower()))) {
                    start--; // "a senior military source in Kyiv"
                }
                Found anonymous = anonymousSource(s, start, before, resolver);
                if (anonymous != null && anonymous.to() == before) {
                    return anonymous; // "a source in North Korea told Daily NK"
                }
            }
        }
        int k = verb - 1;
        while (k >= 0 && !inMention(s, k) && (SKIP_BEFORE_VERB.contains(t.get(k).lower()) || t.get(k).isNumber()
                || Lexicon.MONTHS.contains(t.get(k).lower()) || t.get(k).text().equals(")"))) {
            // a name is never an adverbial: "Russia Today said", "Lee Sung Jun said"
            if (t.get(k).text().equals(")")) {
                int open = k - 1;
                while (open >= 0 && !t.get(open).text().equals("(") && k - open < 8) {
                    open--;
                }
                if (open < 0 || !t.get(open).text().equals("(")) {
                    return null;
                }
                k = open - 1; // "the National Intelligence Service (NIS) said"
                continue;
            }
            if (t.get(k).text().equals(",")) {
                int open = parentheticalStart(t, k);
                if (open < 0) {
                    Found apposed = apposedName(s, k, resolver);
                    return apposed; // "Ukraine's commander-in-chief, Oleksandr Syrskyi, said"
                }
                k = open - 1;
                continue;
            }
            k--;
        }
        int end = k + 1;
        while (k >= 0 && allowedInPhrase(s, k)) {
            k--;
        }
        int from = k + 1;
        while (from < end && NP_GLUE.contains(t.get(from).lower())) {
            from++;
        }
        if (from >= end) {
            return null;
        }
        return phrase(s, from, end, resolver);
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they");
    private static final Set<String> ANONYMOUS = Set.of("source", "sources", "person", "people", "insider",
            "insiders");
    private static final Set<String> SPEAKERS = Set.of("official", "officials", "diplomat", "diplomats");
    private static final Set<String> PHRASE_STOPS = Set.of("who", "which", "that", "said", "says", "told", "and",
            "but", "as", "to");

    /**
     * An unnamed source described by where it sits or what it knows: "a source in North Korea", "people familiar
     * with the matter", "a person with knowledge of the plans", "sources close to the ministry". The phrase, as
     * written, names a local actor; "officials familiar with the matter" are the officials, resolved as usual.
     */
    private static Found anonymousSource(Sentence s, int from, int limit, Resolver resolver) {
        List<Token> t = s.tokens();
        while (from < limit && DETERMINERS.contains(t.get(from).lower())) {
            from++;
        }
        int noun = from;
        while (noun < limit && noun - from < 3 && !ANONYMOUS.contains(t.get(noun).lower())
                && !SPEAKERS.contains(t.get(noun).lower()) && t.get(noun).isWord()
                && (t.get(noun).isCapitalized() || Lexicon.SOURCE_NOUNS.contains(t.get(noun).lower()))) {
            noun++; // "a senior military source", "Whitehall sources"
        }
        if (noun >= limit - 1 || !(ANONYMOUS.contains(t.get(noun).lower()) || SPEAKERS.contains(t.get(noun).lower()))) {
            return null;
        }
        String w1 = t.get(noun + 1).lower();
        String w2 = noun + 2 < limit ? t.get(noun + 2).lower() : "";
        int tail;
        boolean knows;
        if (w1.equals("familiar") && w2.equals("with") || w1.equals("close") && w2.equals("to")
                || w1.equals("briefed") && w2.equals("on")) {
            tail = noun + 3;
            knows = true;
        } else if (w1.equals("with") && w2.equals("knowledge") && noun + 3 < limit && t.get(noun + 3).is("of")) {
            tail = noun + 4;
            knows = true;
        } else if (Set.of("in", "inside", "within", "from", "at").contains(w1) && ANONYMOUS.contains(t.get(noun).lower())) {
            tail = noun + 2;
            knows = false;
        } else {
            return null;
        }
        int end = tail;
        while (end < limit && end - tail < 6 && (t.get(end).isWord() || t.get(end).type() == Token.Type.POSSESSIVE
                || inMention(s, end)) && !(PHRASE_STOPS.contains(t.get(end).lower()) && !inMention(s, end))) {
            end++;
        }
        while (end > tail && DETERMINERS.contains(t.get(end - 1).lower())) {
            end--;
        }
        if (end == tail) {
            return null;
        }
        if (SPEAKERS.contains(t.get(noun).lower())) {
            Found officials = phrase(s, from, noun + 1, resolver); // "US officials familiar with the matter": US officials
            return officials == null ? null : new Found(officials.ref(), officials.from(), end);
        }
        String label = Resolver.text(s, from, end);
        boolean plural = !t.get(noun).lower().equals("source") && !t.get(noun).lower().equals("person")
                && !t.get(noun).lower().equals("insider");
        return new Found(Resolver.local(label, plural ? "Group" : "LocalActor"), from, end);
    }

    /** A name set off by commas just before the verb: the speaker, whatever title came before it. */
    private static Found apposedName(Sentence s, int close, Resolver resolver) {
        List<Token> t = s.tokens();
        int k = close - 1;
        while (k >= 0 && t.get(k).isWord() && (t.get(k).isCapitalized() || inMention(s, k))) {
            k--;
        }
        if (k < 0 || !t.get(k).text().equals(",") || close - k - 1 < 2 || close - k - 1 > 4) {
            return null;
        }
        Found name = phrase(s, k + 1, close, resolver);
        return name != null && (!name.ref().iri().startsWith(Resolver.LOCAL) || name.ref().kind().equals("Person"))
                ? name : null;
    }

    private static int parentheticalStart(List<Token> t, int close) {
        for (int k = close - 1; k >= Math.max(0, close - 16); k--) {
            if (t.get(k).text().equals(",")) {
                String opener = k + 1 < close ? t.get(k + 1).lower() : "";
                boolean role = TITLES.contains(opener);
                for (int j = k + 2; j < Math.min(close, k + 5); j++) {
                    role |= t.get(j).type() == Token.Type.POSSESSIVE; // ", South Korea's spy agency,"
                }
                return PARENTHETICAL_OPENERS.contains(opener) || role ? k : -1; // ", chief of the general staff,"
            }
        }
        return -1;
    }

    private static boolean allowedInPhrase(Sentence s, int k) {
        Token tok = s.tokens().get(k);
        if (tok.type() == Token.Type.POSSESSIVE || inMention(s, k)) {
            return true; // a known name is whole: "United States" is no "states", "E.U." no full stop
        }
        if (!tok.isWord()) {
            return false;
        }
        String w = tok.lower();
        if (w.equals("that") || w.equals("which") || w.equals("who") || Lexicon.SAYING.contains(w)
                && !Lexicon.SOURCE_NOUNS.contains(w)) {
            return false;
        }
        if (k + 1 < s.tokens().size() && s.tokens().get(k + 1).type() == Token.Type.POSSESSIVE
                && Set.of("country", "nation", "island").contains(w)) {
            return true; // "citing the country's spy agency"
        }
        return tok.isCapitalized() || Lexicon.SOURCE_NOUNS.contains(w) || NP_GLUE.contains(w)
                || w.equals("he") || w.equals("she") || w.equals("it") || w.equals("they")
                || Lexicon.OUTLET_ANAPHORS.contains(w);
    }

    private static boolean inMention(Sentence s, int k) {
        for (Mention m : s.mentions()) {
            if (m.from() <= k && k < m.to()) {
                return true;
            }
        }
        return false;
    }

    /** Turns tokens {@code [from, to)} into a claimant. */
    private static Found phrase(Sentence s, int from, int to, Resolver resolver) {
        List<Token> t = s.tokens();
        while (from < to && (DETERMINERS.contains(t.get(from).lower()) || t.get(from).type() == Token.Type.POSSESSIVE
                || to - from > 1 && Quantities.isNumeral(t.get(from)) && !inMention(s, from))) {
            from++; // "the country's defence ministry": the possessor was not part of the phrase; "two officials"
        }
        if (from >= to) {
            return null;
        }
        EntityRef ref = resolver.claimant(s, from, to);
        return ref == null ? null : new Found(ref, from, to);
    }

    /** The trailing run of capitalised words that names a person, titles stripped ("Major General Pat Ryder"). */
    static int[] personName(List<Token> t, int from, int to) {
        int end = to;
        int start = end;
        while (start > from && end - start < 4 && t.get(start - 1).isCapitalized()
                && !TITLES.contains(t.get(start - 1).lower())) {
            start--; // "Belgian Defense Minister Theo Francken": the name after the last title word
        }
        if (end - start < 2 || start > from && !TITLES.contains(t.get(start - 1).lower())
                && t.get(start - 1).isCapitalized()) {
            return null; // more than four capitalised words and no title: a name of something else
        }
        boolean titled = start > from;
        return titled ? new int[] {start, end} : null;
    }

    static boolean isTitle(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT));
    }
}
