package claimgraph.extract;

import java.util.List;
import java.util.Set;

/** Reads what a figure counts, whether it is possible, and whose it is, from the words around it. */
final class Readings {
    private static final Set<String> HEAD_STOP = Set.of("are", "were", "is", "was", "have", "has", "had", "be",
            "been", "will", "could", "would", "may", "might", "to", "that", "which", "who", "in", "on", "from", "at",
            "with", "by", "for", "out", "into", "as", "than", "while", "but", "per", "across", "near", "since",
            "after", "before", "during", "under", "over", "if", "or");
    private static final Set<String> CLAUSE_OPENERS = Set.of("with", "while", "but", "and", "which", "who",
            "whereas", "although", "though", "as", "bringing", "including", "adding", "saying", "according", "when",
            "after", "before", "since", "where", "compared", "up", "out", "raising", "amid");
    private static final Set<String> DEPLOY = Set.of("sent", "send", "sends", "sending", "deploy", "deploys",
            "deployed", "deploying", "dispatch", "dispatched", "dispatches", "dispatching", "assembled", "concentrated",
            "massed", "amassed", "stationed", "supplied", "supplying", "supply", "supplies", "provided", "provide",
            "provides", "transferred", "delivered", "deliver", "shipped", "lost", "suffered", "has", "have", "had",
            "pledged", "committed", "planned", "plans", "planning", "preparing", "mobilized", "mobilised", "moved",
            "keeps", "maintains", "gathered", "despatched", "rotated", "transfer", "exported", "gave", "given",
            "donated", "contributed", "contributing", "contribute", "pledges", "pledge", "promised", "hand", "hands",
            "handed", "handing", "sold", "sell", "sells", "selling", "delivers", "delivering", "transferring",
            "transfers", "exports", "exporting", "donate", "donates", "donating");
    private static final Set<String> RANGE_LINKS = Set.of("to", "-", "–", "or", "and", "million", "thousand");
    /** "the 28,500 US troops stationed there will remain": the troops are there now. */
    private static final Set<String> CONTINUING = Set.of("remain", "stay", "continue", "keep");
    private static final Set<String> HEDGE_BEFORE_TO = Set.of("believed", "thought", "said", "reported", "estimated",
            "known", "understood", "assessed", "likely", "appear", "appears", "appeared", "seem", "seems", "seemed",
            "alleged", "reportedly");
    /** Words that open a second predicate after "and". */
    private static final Set<String> NEW_PREDICATE = Set.of("will", "would", "could", "may", "might", "plans",
            "intends", "is", "are", "has", "have", "had", "was", "were", "expects", "aims", "hopes", "vowed");
    private static final Set<String> MODEL_FIGHTERS = Set.of("fighters", "fighter");

    private Readings() {}

    /** The counted noun after the figure: its index, or -1 for a bare figure. */
    static int head(List<Token> t, Quantity q) {
        for (int k = q.to(); k < Math.min(t.size(), q.to() + 7); k++) {
            Token tok = t.get(k);
            String w = tok.lower();
            if (tok.isNumber()) {
                return -1;
            }
            if (tok.isPunct() && !w.equals("(") && !w.equals(")") && !w.equals("-")) {
                return -1; // "(POWs)" and "2,000-strong contingent" read through
            }
            if (isStrong(t, k)) {
                return k; // "a 1,200-strong battalion": the strength of a unit counts its men
            }
            if (w.equals("service") && k + 1 < t.size() && t.get(k + 1).is("members")) {
                return k + 1; // "5,000 U.S. service members"
            }
            if (w.equals("infantry") && k + 1 < t.size() && t.get(k + 1).is("fighting")) {
                continue; // "40 CV90 infantry fighting vehicles"
            }
            if (Lexicon.PERSONNEL.contains(w) || Lexicon.LOSS_NOUNS.containsKey(w) || Lexicon.MATERIEL.contains(w)) {
                return k;
            }
            if (HEAD_STOP.contains(w) && !(w.equals("of") || w.equals("and"))) {
                return -1;
            }
        }
        return -1;
    }

    /** The measure a counted noun gives by itself (before any casualty verb). */
    static Measure nounMeasure(List<Token> t, int head) {
        String w = t.get(head).lower();
        if (LOSS_PAIR.contains(w) && head + 2 < t.size() && Set.of("and", "or", "+", "&").contains(t.get(head + 1).lower())
                && LOSS_PAIR.contains(t.get(head + 2).lower()) && !t.get(head + 2).is(w)) {
            return Measure.CASUALTIES; // "4,300 killed and wounded", "(killed + wounded)"
        }
        if (isStrong(t, head)) {
            return Measure.PERSONNEL;
        }
        if (Lexicon.LOSS_NOUNS.containsKey(w)) {
            return Lexicon.LOSS_NOUNS.get(w);
        }
        if (MODEL_FIGHTERS.contains(w) && head > 0 && t.get(head - 1).text().matches(".*\\p{L}.*-\\d.*")) {
            return Measure.MATERIEL; // "F-16 fighters"
        }
        if (w.equals("fighter") || (head + 1 < t.size() && t.get(head + 1).is("jets"))) {
            return Measure.MATERIEL;
        }
        return Lexicon.PERSONNEL.contains(w) || w.equals("members") ? Measure.PERSONNEL : Measure.MATERIEL;
    }

    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "been", "were", "was", "are", "is",
            "reportedly", "since", "later", "all");

    /** "soldiers who have died", "troops who were killed or wounded": the relative clause names the loss. */
    private static Measure lossInRelativeClause(List<Token> t, int from) {
        if (from >= t.size() || !(t.get(from).is("who") || t.get(from).is("that"))) {
            return null;
        }
        int k = from + 1;
        while (k < t.size() && k < from + 4 && AUXILIARIES.contains(t.get(k).lower())) {
            k++;
        }
        return k < t.size() ? lossVerb(t, k, k + 1) : null; // the verb right after the auxiliaries, pairs included
    }

    /** A casualty verb after the figure ("have been killed or wounded"): its measure, or null. */
    static Measure lossVerb(List<Token> t, int from, int limit) {
        Measure relative = lossInRelativeClause(t, from);
        if (relative != null) {
            return relative; // "90,019 Russian soldiers who have died"
        }
        for (int k = from; k < limit; k++) {
            String w = t.get(k).lower();
            if (t.get(k).isNumber() || w.equals(";") || w.equals("while") || w.equals("but") || w.equals("that")
                    || w.equals("which") || w.equals("who") || w.equals("whereas")) {
                return null;
            }
            if (Set.of("killed", "captured", "wounded", "injured", "lost").contains(w) && objectFigure(t, k + 1)) {
                return null; // "..., captured about 1,000 square kilometres": the verb has its own object
            }
            if (w.equals("killed") || w.equals("died") || w.equals("dead") || w.equals("perished")) {
                if (k + 2 < t.size() && (t.get(k + 1).is("or") || t.get(k + 1).is("and"))
                        && (t.get(k + 2).is("wounded") || t.get(k + 2).is("injured"))) {
                    return Measure.CASUALTIES;
                }
                return Measure.KILLED;
            }
            if (w.equals("wounded") || w.equals("injured")) {
                if (k + 2 < t.size() && (t.get(k + 1).is("or") || t.get(k + 1).is("and")) && t.get(k + 2).is("killed")) {
                    return Measure.CASUALTIES;
                }
                return Measure.WOUNDED;
            }
            if (w.equals("captured") || w.equals("prisoner") || w.equals("prisoners") || w.equals("surrendered")
                    || w.equals("captivity")) {
                return Measure.CAPTURED;
            }
            if (w.equals("casualties") || w.equals("losses") || w.equals("lost")) {
                return Measure.CASUALTIES;
            }
            if (Lexicon.SAYING.contains(w) && k > from && !Set.of("was", "were", "is", "are", "been", "be", "being")
                    .contains(t.get(k - 1).lower()) || w.equals(",") && k + 1 < limit
                    && Set.of("casualties", "losses", "deaths").contains(t.get(k + 1).lower())) {
                return null; // "... 11,000 troops, said the casualties were ...", "3,000 more troops, casualties near 4,700"
            }
            if (w.equals("missing") || REPLENISH.contains(w)) {
                return null; // "arrived to replenish the losses": the figure is the reinforcement
            }
        }
        return null;
    }

    /**
     * The loss or force noun a bare figure is the value of, before it in its clause: "Russian losses at
     * 700,000", "the death toll rose to 1,000", "the number of troops rose by 2,000".
     */
    static Measure topicBefore(List<Token> t, Quantity q) {
        if (isBase(t, q.qualifierFrom())) {
            return null; // "killed out of 12,000 deployed": the figure is the force the losses come from
        }
        int start = clauseStart(t, q.qualifierFrom());
        Measure personnel = null;
        for (int k = q.qualifierFrom() - 1; k >= start; k--) {
            String w = t.get(k).lower();
            if (t.get(k).isNumber() && !isDatePart(t, k)) {
                break;
            }
            if (w.equals("and") && k + 1 < q.qualifierFrom() && ownPredicate(t.get(k + 1).lower())) {
                break; // "killed tens of thousands and uprooted 12 million": the figure is another verb's object
            }
            if (w.equals("toll")) {
                return k > 0 && t.get(k - 1).is("casualty") ? Measure.CASUALTIES : Measure.KILLED; // "the toll was 30"
            }
            if (w.equals("losses") || w.equals("casualties")) {
                return Measure.CASUALTIES; // a loss noun outranks the forces it counts ("losses among troops")
            }
            if (w.equals("dead") || w.equals("deaths") || w.equals("fatalities") || w.equals("killed")) {
                return Measure.KILLED; // "the number of troops killed is estimated at 4,000"
            }
            if (w.equals("wounded") || w.equals("injured")) {
                return Measure.WOUNDED;
            }
            if (personnel == null && Lexicon.PERSONNEL.contains(w) && !w.equals("general") && !w.equals("staff")) {
                personnel = Measure.PERSONNEL;
            }
        }
        return personnel;
    }

    /** "out of N", "out of a total of N", "of the N": the figure is a base, not the counted losses. */
    static boolean isBase(List<Token> t, int from) {
        int k = from - 1;
        while (k >= 0 && Set.of("a", "the", "total", "of", "estimated", "an", "some", "roughly", "about", "around",
                "approximately", "nearly").contains(t.get(k).lower())) {
            if (t.get(k).is("of") && k > 0 && (t.get(k - 1).is("out") || t.get(k - 1).isNumber())) {
                return true; // "out of 12,000", "4,700 of the 11,000 soldiers"
            }
            k--;
        }
        return false;
    }

    /**
     * For a part ahead of its base ("4,700 of the roughly 11,000 soldiers ... were killed"): the index just after
     * the base's counted noun, where the part's verb stands; -1 when the figure has no such base.
     */
    static int afterBase(List<Token> t, Quantity q) {
        if (q.to() + 1 >= t.size() || !t.get(q.to()).is("of")) {
            return -1;
        }
        for (int k = q.to() + 1; k < Math.min(t.size(), q.to() + 6); k++) {
            if (t.get(k).isNumber()) {
                for (int n = k + 1; n < Math.min(t.size(), k + 6); n++) {
                    if (Lexicon.PERSONNEL.contains(t.get(n).lower())) {
                        return n + 1;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** The first token of the clause that holds token {@code i}. */
    static int clauseStart(List<Token> t, int i) {
        for (int k = i - 1; k >= 0; k--) {
            String w = t.get(k).lower();
            if (w.equals(";") || w.equals(":") || w.equals("—") || w.equals("–") || w.equals("that")) {
                return k + 1;
            }
            if (w.equals(",") && k + 1 < t.size() && CLAUSE_OPENERS.contains(t.get(k + 1).lower()) && k + 1 < i) {
                return k + 1;
            }
            if ((w.equals("but") || w.equals("while") || w.equals("whereas")) && k + 1 < i) {
                return k;
            }
        }
        return 0;
    }

    /** The token after the clause that holds token {@code i}. */
    static int clauseEnd(List<Token> t, int i) {
        for (int k = i + 1; k < t.size(); k++) {
            String w = t.get(k).lower();
            if (w.equals(";") || w.equals(":") || w.equals("—") || w.equals("–") || w.equals("while")
                    || w.equals("but") || w.equals("whereas") || w.equals("that")) {
                return k;
            }
            if (w.equals(",") && k + 1 < t.size() && (CLAUSE_OPENERS.contains(t.get(k + 1).lower())
                    || t.get(k + 1).lower().endsWith("ing") && t.get(k + 1).isWord() && !t.get(k + 1).isCapitalized())) {
                return k; // ", with ...", ", preparing for ..."
            }
            if (w.equals("and") && k + 1 < t.size() && NEW_PREDICATE.contains(t.get(k + 1).lower())) {
                return k; // "has sent 500 troops and will send 300 more"
            }
            if (t.get(k).isNumber() && k > i + 1) {
                return k;
            }
        }
        return t.size();
    }

    private static final Set<String> PROMISE_PAST = Set.of("promised", "pledged", "committed", "planned", "announced");
    private static final Set<String> RELATIVE_SUBJECTS = Set.of("it", "they", "that", "which", "he", "she", "we",
            "was", "were", "had", "been", "originally", "initially", "first");
    private static final Set<String> DONE = Set.of("delivered", "received", "handed", "sent", "shipped", "supplied",
            "transferred", "provided", "arrived", "deployed", "completed");

    /** A delivery verb in the past before the figure: "has delivered all 31 ...". */
    private static boolean deliveredBefore(List<Token> t, int start, int from) {
        for (int k = start; k < from; k++) {
            if (DONE.contains(t.get(k).lower()) && !(k > 0 && Set.of("be", "to", "will").contains(t.get(k - 1).lower()))) {
                return true;
            }
        }
        return false;
    }

    /** ", which has about 3,500 soldiers": the figure sits in a relative clause set off by commas. */
    private static boolean inRelativeClause(List<Token> t, int start, int from) {
        for (int k = Math.max(1, start); k < from; k++) {
            if ((t.get(k).is("which") || t.get(k).is("who")) && t.get(k - 1).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    static Status status(List<Token> t, Quantity q) {
        int start = clauseStart(t, q.qualifierFrom());
        int last = coordinatedEnd(t, q.to() - 1);
        if (q.inRange()) { // "1,000 to 2,000 troops could be sent": both ends share the predicate
            while (last + 1 < t.size() && (t.get(last + 1).isNumber() || RANGE_LINKS.contains(t.get(last + 1).lower()))) {
                last++;
            }
        }
        int end = clauseEnd(t, last);
        if (inRelativeClause(t, start, q.qualifierFrom())) {
            for (int k = last + 1; k < end; k++) {
                if (t.get(k).text().equals(",")) {
                    end = k; // "The brigade, which has about 3,500 soldiers, will return": the main verb is not the figure's
                    break;
                }
            }
        }
        boolean done = deliveredBefore(t, start, q.qualifierFrom());
        for (int k = start; k < end; k++) {
            if (k >= q.qualifierFrom() && k < q.to()) {
                continue;
            }
            Token tok = t.get(k);
            String w = tok.lower();
            if (done && k >= q.to() && k > 0 && PROMISE_PAST.contains(w) && RELATIVE_SUBJECTS.contains(t.get(k - 1).lower())) {
                continue; // "has delivered all 31 tanks it promised": the promise is kept
            }
            if (Lexicon.POSSIBLE.contains(w) && !(w.equals("may") && tok.isCapitalized() && k > 0)
                    && !(w.equals("committed") && passive(t, k))
                    && !hedgeOnThePast(t, k) && !(k + 1 < t.size() && CONTINUING.contains(t.get(k + 1).lower()))) {
                return Status.POSSIBLE;
            }
            if (w.equals("to") && k + 2 < end && t.get(k + 1).is("be") && isDeployVerb(t.get(k + 2).lower())
                    && !(k > 0 && HEDGE_BEFORE_TO.contains(t.get(k - 1).lower()))) {
                return Status.POSSIBLE; // "100 armored vehicles to be delivered", not "believed to be deployed"
            }
            if (k + 1 < end && t.get(k + 1).is("to") && (w.equals("set") || w.equals("is") || w.equals("are"))
                    && k + 2 < end && t.get(k + 2).isWord() && Readings.isDeployVerb(t.get(k + 2).lower())) {
                return Status.POSSIBLE; // "is set to deploy", "are to be sent"
            }
        }
        return Status.ACTUAL;
    }

    /** "may have sent", "could have been killed": a hedge about what happened, not a possibility. */
    private static boolean hedgeOnThePast(List<Token> t, int modal) {
        String w = t.get(modal).lower();
        boolean modalVerb = w.equals("may") || w.equals("might") || w.equals("could") || w.equals("would")
                || w.equals("will");
        int k = modal + 1;
        while (modalVerb && k < t.size() && Set.of("already", "well", "also", "likely", "not").contains(t.get(k).lower())) {
            k++;
        }
        return modalVerb && k < t.size() && t.get(k).is("have") && !w.equals("will") && !w.equals("would");
    }

    static boolean hedged(List<Token> t) {
        for (Token tok : t) {
            if (Lexicon.HEDGES.contains(tok.lower())) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence speaks of handing weapons over (not firing or making them). */
    static boolean supplies(List<Token> t) {
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k).lower();
            if (Lexicon.SUPPLY.contains(w) && !((w.equals("ships") || w.equals("ship")) && !verbPosition(t, k))) {
                return true;
            }
        }
        return false;
    }

    /** "ships" after a subject word or an auxiliary is the verb; "15 navy ships" is the noun. */
    private static boolean verbPosition(List<Token> t, int k) {
        return k > 0 && SUBJECT_END.contains(t.get(k - 1).lower());
    }

    private static final Set<String> SUBJECT_END = Set.of("to", "will", "would", "could", "may", "might", "also",
            "and", "it", "they", "he", "she", "which", "that", "who", "reportedly", "allegedly", "still", "now");

    static boolean isDeployVerb(String w) {
        return DEPLOY.contains(w);
    }

    /** A past-tense verb that takes a figure as its own object, not one that states a level ("reached"). */
    private static boolean ownPredicate(String w) {
        return w.endsWith("ed") && w.length() > 4 && !LEVEL_VERBS.contains(w) && !Set.of("killed", "wounded",
                "injured", "captured", "lost", "suffered", "estimated").contains(w);
    }

    private static final Set<String> LEVEL_VERBS = Set.of("reached", "exceeded", "totalled", "totaled", "surpassed",
            "topped", "passed", "numbered", "climbed", "increased", "doubled", "tripled", "jumped", "risen",
            "stood", "hit", "neared", "approached");

    private static boolean isStrong(List<Token> t, int k) {
        String w = t.get(k).lower();
        return w.endsWith("-strong") || w.equals("strong") && k > 0 && t.get(k - 1).text().equals("-");
    }

    /** "were (first) committed to combat": troops already in battle, not a pledge. */
    private static boolean passive(List<Token> t, int k) {
        Set<String> be = Set.of("was", "were", "been", "being", "are", "is");
        return k > 0 && be.contains(t.get(k - 1).lower()) || k > 1 && be.contains(t.get(k - 2).lower());
    }

    private static final Set<String> REPLENISH = Set.of("replenish", "replenishing", "replace", "replacing", "offset",
            "compensate", "compensating", "replacements");
    private static final Set<String> QUALIFIER_WORDS = Set.of("about", "around", "some", "nearly", "almost", "over",
            "more", "than", "at", "least", "up", "to", "as", "many", "roughly", "approximately", "another");

    /** A figure right after the verb, qualifier words aside: the verb's own object. */
    private static boolean objectFigure(List<Token> t, int k) {
        for (int j = k; j < Math.min(t.size(), k + 4); j++) {
            if (t.get(j).isNumber()) {
                return true;
            }
            if (!QUALIFIER_WORDS.contains(t.get(j).lower())) {
                return false;
            }
        }
        return false;
    }
    private static final Set<String> LOSS_PAIR = Set.of("killed", "dead", "wounded", "injured");
    private static final Set<String> LEVEL_BEFORE = Set.of("reached", "reach", "reaches", "stand", "stands", "stood",
            "total", "totals", "totalled", "totaled", "exceeded", "exceed", "exceeds", "topped", "surpassed", "at", "to",
            ":", "hit", "passed", "is", "are", "was", "were", "now", "already", "has", "have", "had");

    /** "losses have reached about 971,020 personnel": a loss noun states its level in the figure. */
    static boolean levelOfLosses(List<Token> t, Quantity q) {
        int k = q.qualifierFrom() - 1;
        if (k < 1 || !LEVEL_BEFORE.contains(t.get(k).lower())) {
            return false;
        }
        Measure topic = topicBefore(t, q);
        return topic == Measure.CASUALTIES || topic == Measure.KILLED || topic == Measure.WOUNDED;
    }

    /** Workers hired for civilian work ("employed on building sites") are no forces; in military units they are. */
    static boolean civilianWorkers(List<Token> t, int head) {
        if (!t.get(head).is("workers") && !t.get(head).is("builders") && !t.get(head).is("labourers")
                && !t.get(head).is("laborers")) {
            return false;
        }
        boolean civilian = false;
        for (Token tok : t) {
            String w = tok.lower();
            if (w.equals("military") || w.equals("army") || w.equals("troops") || w.equals("soldiers")
                    || w.equals("deminers") || w.equals("sappers") || w.equals("engineers")) {
                return false;
            }
            civilian |= CIVILIAN_WORK.contains(w);
        }
        return civilian;
    }

    private static final Set<String> CIVILIAN_WORK = Set.of("employed", "employment", "factory", "factories", "sites",
            "site", "wages", "labour", "labor", "companies", "farms", "restaurants", "jobs", "hired", "contracts");

    /**
     * "1,000 deminers and 5,000 military builders are set to be sent": figures joined by "and" share the
     * predicate after the last of them; the end of the last one's noun phrase.
     */
    private static int coordinatedEnd(List<Token> t, int last) {
        int k = last + 1;
        while (k < t.size() && k - last <= 4 && t.get(k).isWord() && !t.get(k).is("and")
                && !Lexicon.POSSIBLE.contains(t.get(k).lower()) && !isDeployVerb(t.get(k).lower())) {
            k++;
        }
        if (k + 1 < t.size() && t.get(k).is("and") && t.get(k + 1).isNumber()) {
            return coordinatedEnd(t, k + 1);
        }
        return last;
    }

    /** "two soldiers captured in Kursk": the loss is told by a participle right after the counted noun. */
    static boolean lossParticipleAfterNoun(List<Token> t, Quantity q, Measure measure) {
        if (measure == Measure.PERSONNEL || measure == Measure.MATERIEL) {
            return false;
        }
        int head = head(t, q);
        return head >= 0 && head + 1 < t.size()
                && Set.of("captured", "killed", "wounded", "injured").contains(t.get(head + 1).lower());
    }

    /** "since 24 February 2022", "as of 15 May": a day or year, not a figure. */
    private static boolean isDatePart(List<Token> t, int k) {
        String d = t.get(k).text();
        boolean year = d.matches("(19|20)\\d\\d");
        boolean nextToMonth = k > 0 && Lexicon.MONTHS.contains(t.get(k - 1).lower().replace(".", ""))
                || k + 1 < t.size() && Lexicon.MONTHS.contains(t.get(k + 1).lower().replace(".", ""));
        return year || d.matches("\\d{1,2}") && nextToMonth;
    }

    static boolean isQuote(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("'") || w.equals("‘") || w.equals("’");
    }

    static boolean isClauseOpener(String w) {
        return CLAUSE_OPENERS.contains(w);
    }
}
