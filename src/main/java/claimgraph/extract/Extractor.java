package claimgraph.extract;

import static java.util.Objects.requireNonNull;

import claimgraph.ingest.Article;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extraction stage's entry point: reads an {@link Article} and returns every figure it reports about
 * forces, losses or materiel as an {@link ExtractedClaim}, one per (measure, value), anchored on its first
 * mention in the body. Thread-safe: one instance serves many threads.
 */
public final class Extractor {
    private static final Set<String> REPORTEDLY = Set.of("reportedly", "reports", "reported");
    private final Gazetteer gazetteer;

    private Extractor(Gazetteer gazetteer) {
        this.gazetteer = requireNonNull(gazetteer, "gazetteer");
    }

    public static Extractor of(Gazetteer gazetteer) {
        return new Extractor(gazetteer);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The article's publisher as an actor, or null when neither metadata nor the file tell it. */
    public EntityRef publisher(Article article) {
        return Publishers.find(article, gazetteer);
    }

    public List<ExtractedClaim> extract(Article article) {
        if (!article.isEnglish()) {
            return List.of();
        }
        List<Sentence> sentences = Sentences.split(article, gazetteer);
        EntityRef publisher = publisher(article);
        Resolver resolver = new Resolver(gazetteer, datelineState(sentences));
        Subjects subjects = Subjects.of(sentences, gazetteer);
        Map<String, ExtractedClaim> best = new LinkedHashMap<>();
        Map<String, Boolean> bestIsTitle = new HashMap<>();
        Map<Long, Boolean> seenValues = new HashMap<>();
        EntityRef previousExplicit = null;
        EntityRef previousVoice = null;
        int previousParagraph = -1;
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Token> t = s.tokens();
            for (Mention m : s.mentions()) {
                if (m.entry().isOutlet()) {
                    resolver.sawOutlet(m.entry().ref(m.text()));
                }
            }
            List<Attribution> attributions = Attributions.find(s, gazetteer, resolver);
            Attribution following = si + 1 < sentences.size() ? followingAttribution(sentences.get(si + 1), resolver) : null;
            if (following == null) {
                following = quoteClosedLater(sentences, si, resolver);
            }
            EntityRef inherited = s.paragraph() == previousParagraph ? previousExplicit : null;
            List<Quantity> quantities = Quantities.find(t, article.text()).stream()
                    .filter(q -> !insideName(s, q)).toList();
            EntityRef sentenceVoice = null;
            for (Quantity q : quantities) {
                if (countsSources(t, q)) {
                    continue; // "according to two American officials"
                }
                Measure measure = measure(t, q, quantities);
                if (measure == null || measure == Measure.MATERIEL && !Readings.supplies(t)) {
                    continue;
                }
                boolean bare = Readings.head(t, q) < 0 && Readings.lossVerb(t, q.to(), t.size()) == null;
                if (bare && seenValues.containsKey(q.value())) {
                    continue; // "Of the 4,000, ..." points back at a figure already claimed
                }
                Attribution a = nearest(attributions, q, t);
                EntityRef claimant;
                if (a != null) {
                    claimant = a.claimant();
                } else if (following != null) {
                    claimant = following.claimant();
                } else if (inherited != null) {
                    claimant = inherited;
                } else if (s.paragraph() == previousParagraph && previousVoice != null) {
                    claimant = previousVoice;
                } else {
                    claimant = resolver.outletVoice(publisher, mentionsAny(t, REPORTEDLY));
                }
                sentenceVoice = claimant;
                EntityRef subject = subjects.subject(s, q, measure);
                Mention place = Places.location(s, q, a, subject, measure);
                EntityRef location = place == null ? null : Places.ref(place, gazetteer);
                String date = ClaimDates.resolve(t, article.date());
                Quantity whole = includedIn(t, q, quantities);
                Status status = Readings.status(t, whole != null ? whole : q);
                if (status == Status.POSSIBLE && Readings.lossParticipleAfterNoun(t, q, measure)) {
                    status = Status.ACTUAL; // "ready to hand over two soldiers captured in Kursk": the capture happened
                }
                ExtractedClaim claim = new ExtractedClaim(measure, q.value(), q.qualifier(), status,
                        subject, claimant, location, date, s.span(),
                        new Span(t.get(q.qualifierFrom()).start(), t.get(q.to() - 1).end()), Readings.hedged(t));
                String key = measure.word() + "-" + q.value();
                if (!best.containsKey(key) || bestIsTitle.get(key) && !s.titleLike()) {
                    best.put(key, claim);
                    bestIsTitle.put(key, s.titleLike());
                }
                if (!s.titleLike()) {
                    seenValues.put(q.value(), true);
                }
                subjects.remember(subject);
            }
            for (Mention m : s.mentions()) {
                if (m.entry().actor() && !m.entry().isState()) {
                    resolver.sawActor(m.entry().ref(m.text()));
                }
            }
            previousVoice = sentenceVoice != null ? sentenceVoice
                    : s.paragraph() == previousParagraph ? previousVoice : null;
            if (!attributions.isEmpty()) {
                EntityRef last = attributions.get(attributions.size() - 1).claimant();
                resolver.sawClaimant(last);
                previousExplicit = last;
            } else if (s.paragraph() != previousParagraph) {
                previousExplicit = null;
            }
            previousParagraph = s.paragraph();
        }
        return List.copyOf(best.values());
    }

    private static Measure measure(List<Token> t, Quantity q, List<Quantity> all) {
        Quantity partner = next(all, q);
        if (q.inRange() && partner != null && partner.inRange() && partner.qualifierFrom() == q.qualifierFrom()) {
            return measure(t, partner, all); // "between 4,000 and 4,500 ... killed or wounded": one reading for both ends
        }
        int head = Readings.head(t, q);
        int afterBase = head < 0 ? Readings.afterBase(t, q) : -1;
        if (afterBase > 0) { // "4,700 of the 11,000 soldiers had been killed": the part takes the verb
            Measure loss = Readings.lossVerb(t, afterBase, Readings.clauseEnd(t, afterBase - 1));
            Quantity base = next(all, q);
            int baseHead = base == null ? -1 : Readings.head(t, base);
            Measure counted = baseHead < 0 ? Measure.PERSONNEL : Readings.nounMeasure(t, baseHead);
            return loss != null && counted == Measure.PERSONNEL ? loss : counted; // "the first 11 of 66 F-16 fighters"
        }
        Measure before = lossBefore(t, q.qualifierFrom());
        if (head >= 0) {
            Measure noun = Readings.nounMeasure(t, head);
            if (noun == Measure.PERSONNEL && Readings.isBase(t, q.qualifierFrom())) {
                return Measure.PERSONNEL; // the base a part is counted from: the force, not its losses
            }
            if (noun == Measure.PERSONNEL && Readings.civilianWorkers(t, head)) {
                return null; // "4,800 North Korean workers" on building sites: not a military unit
            }
            if (noun == Measure.PERSONNEL) {
                Measure loss = Readings.lossVerb(t, head + 1, Readings.clauseEnd(t, head));
                if (before == Measure.CASUALTIES && loss != null) {
                    return loss; // "lost some 2,000 soldiers killed in action"
                }
                if (before != null) {
                    return before; // "killed 30 soldiers and captured 12 others": each figure takes its own verb
                }
                Measure shared = sharedLossVerb(t, q, all);
                if (loss == null && shared != null) {
                    return shared; // "killed at least 84 Wagner fighters and 47 Malian soldiers"
                }
                if (loss == null && Readings.levelOfLosses(t, q)) {
                    loss = Readings.topicBefore(t, q); // "losses have reached about 971,020 personnel"
                }
                return loss == null ? Measure.PERSONNEL : loss;
            }
            return noun;
        }
        if (before != null) {
            return before;
        }
        Measure loss = Readings.lossVerb(t, q.to(), Readings.clauseEnd(t, q.to() - 1));
        if (loss != null) {
            return loss;
        }
        Quantity including = includedIn(t, q, all);
        if (including != null) {
            return measure(t, including, all); // "900 soldiers died, including more than 450 in Gaza"
        }
        int i = all.indexOf(q);
        if (i > 0 && putsTheFigureAt(t, q.qualifierFrom())) {
            return measure(t, all.get(i - 1), all); // "3,000 were killed, while HUR put the figure at 4,000"
        }
        return inheritedMeasure(t, q, all);
    }

    /** The loss verb before the figure this one is coordinated with: "killed 84 fighters and 47 soldiers". */
    private static Measure sharedLossVerb(List<Token> t, Quantity q, List<Quantity> all) {
        int i = all.indexOf(q);
        if (i <= 0 || q.qualifierFrom() == 0) {
            return null;
        }
        Quantity first = all.get(i - 1);
        String joint = t.get(q.qualifierFrom() - 1).lower();
        if (!(joint.equals("and") || joint.equals(",")) || q.qualifierFrom() - first.to() > 5) {
            return null;
        }
        for (int k = first.to(); k < q.qualifierFrom() - 1; k++) {
            if (!t.get(k).isWord() || Readings.isDeployVerb(t.get(k).lower())) {
                return null; // only the first figure's noun lies between
            }
        }
        return lossBefore(t, first.qualifierFrom());
    }

    /** "killed 300 soldiers", "captured two", "inflicted losses of up to 485 troops". */
    private static Measure lossBefore(List<Token> t, int from) {
        int k = from - 1;
        while (k >= 0 && Readings.isQuote(t.get(k).text())) {
            k--; // killed "no fewer than 120 militia members"
        }
        if (k < 0) {
            return null;
        }
        String w = t.get(k).lower();
        if (w.equals("of") && k > 0 && (t.get(k - 1).is("losses") || t.get(k - 1).is("casualties"))) {
            return Measure.CASUALTIES;
        }
        if (w.equals("of") && k > 0 && (t.get(k - 1).is("deaths") || t.get(k - 1).is("death"))) {
            return Measure.KILLED; // "the deaths of at least 106,745 servicemen"
        }
        if (k > 1 && (t.get(k - 1).is("or") || t.get(k - 1).is("and"))
                && Set.of("killed", "wounded", "injured").contains(t.get(k - 2).lower())
                && Set.of("killed", "wounded", "injured").contains(w) && !t.get(k - 2).is(w)) {
            return Measure.CASUALTIES; // "had killed or wounded 1,340 troops"
        }
        return switch (w) {
            case "killed", "kills", "kill" -> Measure.KILLED;
            case "wounded", "injured" -> Measure.WOUNDED;
            case "captured", "captures", "capture" -> Measure.CAPTURED;
            case "lost", "lose", "loses", "losing" -> Measure.CASUALTIES;
            default -> null;
        };
    }

    private static final Set<String> COUNTED_SOURCES = Set.of("officials", "official", "sources", "source",
            "diplomats", "lawmakers", "legislators", "analysts", "experts", "observers", "witnesses", "people");

    /** The figure counts who speaks, not forces: "two American officials", "three sources familiar with". */
    private static boolean countsSources(List<Token> t, Quantity q) {
        for (int k = q.to(); k < Math.min(t.size(), q.to() + 3); k++) {
            if (COUNTED_SOURCES.contains(t.get(k).lower())) {
                return true;
            }
            if (!t.get(k).isWord() || Lexicon.PERSONNEL.contains(t.get(k).lower())) {
                return false;
            }
        }
        return false;
    }

    /** "SEOUL, Feb. 11 (Yonhap) --": the state of the city the article is datelined in, or null. */
    private static String datelineState(List<Sentence> sentences) {
        for (Sentence s : sentences.subList(0, Math.min(3, sentences.size()))) {
            for (Mention m : s.mentions()) {
                if (m.from() == 0 && m.to() < s.tokens().size() && s.tokens().get(m.to()).text().equals(",")
                        && m.text().equals(m.text().toUpperCase(java.util.Locale.ROOT)) && m.text().length() > 2) {
                    return m.entry().isState() ? m.entry().iri() : m.entry().country();
                }
            }
        }
        return null;
    }

    private static boolean putsTheFigureAt(List<Token> t, int from) {
        if (from >= 2 && t.get(from - 1).is("to") && Lexicon.FIGURE_NOUNS.contains(t.get(from - 2).lower())) {
            return true; // "..., bringing the total to 1,000,340"
        }
        if (from < 4 || !t.get(from - 1).is("at")) {
            return false;
        }
        for (int k = from - 2; k >= Math.max(0, from - 5); k--) {
            if (t.get(k).is("put") || t.get(k).is("puts") || t.get(k).is("putting")) {
                String object = t.get(from - 2).lower();
                return Lexicon.FIGURE_NOUNS.contains(object);
            }
        }
        return false;
    }

    private static Quantity next(List<Quantity> all, Quantity q) {
        int i = all.indexOf(q);
        return i >= 0 && i + 1 < all.size() ? all.get(i + 1) : null;
    }

    /**
     * The figure a part belongs to: "6,000 personnel, including 1,000 deminers and 5,000 construction workers"
     * gives the 6,000 for both parts; null when the figure is not introduced by "including".
     */
    private static Quantity includedIn(List<Token> t, Quantity q, List<Quantity> all) {
        int i = all.indexOf(q);
        for (int p = i - 1; p >= 0; p--) {
            Quantity prev = all.get(p);
            for (int k = q.qualifierFrom() - 1; k >= prev.to(); k--) {
                String w = t.get(k).lower();
                if (w.equals("including")) {
                    return prev;
                }
                if (w.equals(";") || w.equals(".") || Lexicon.POSSIBLE.contains(w) || Readings.isDeployVerb(w)
                        || Readings.isClauseOpener(w) && !w.equals("and")) {
                    return null;
                }
            }
            q = prev; // "including 1,000 deminers and 5,000 workers": look past the earlier part
        }
        return null;
    }

    /** A bare figure counts what the sentence counts elsewhere ("the number of troops ... rose by 2,000"). */
    private static Measure inheritedMeasure(List<Token> t, Quantity q, List<Quantity> all) {
        Measure topic = Readings.topicBefore(t, q);
        if (topic != null) {
            return topic;
        }
        for (Quantity other : all) {
            if (other != q) {
                int h = Readings.head(t, other);
                if (h >= 0) {
                    Measure m = Readings.nounMeasure(t, h);
                    if (m == Measure.PERSONNEL || m == Measure.MATERIEL) {
                        return m;
                    }
                }
            }
        }
        boolean personnel = false;
        boolean materiel = false;
        for (Token tok : t) {
            personnel |= Lexicon.PERSONNEL.contains(tok.lower()) && !tok.is("general") && !tok.is("staff");
            materiel |= Lexicon.MATERIEL.contains(tok.lower());
        }
        if (personnel) {
            return Measure.PERSONNEL;
        }
        return materiel ? Measure.MATERIEL : null;
    }

    private static final Set<String> CONTRAST = Set.of("while", "whereas", "but", ";");

    private static Attribution nearest(List<Attribution> attributions, Quantity q, List<Token> t) {
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Attribution a : attributions) {
            int d = Math.abs(a.anchor() - q.from());
            if (t.get(a.anchor()).is("citing")) {
                d -= 1000; // "X reported, citing Y": Y is the original source and comes first
            }
            for (int k = Math.min(a.anchor(), q.from()); k < Math.max(a.anchor(), q.from()); k++) {
                if (CONTRAST.contains(t.get(k).lower())) {
                    d += 100; // the attribution belongs to another clause
                }
            }
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return best;
    }

    /** "This is reported by Bloomberg with reference to sources." attributes the sentence before it. */
    /**
     * A quotation that runs over several sentences is attributed where it closes: '"Around 600 of our soldiers
     * died. They fought bravely," Zelenskiy said.'
     */
    private Attribution quoteClosedLater(List<Sentence> sentences, int si, Resolver resolver) {
        if (quotes(sentences.get(si).tokens()) % 2 == 0 || !opensWithQuote(sentences.get(si).tokens())) {
            return null;
        }
        for (int j = si + 1; j < Math.min(sentences.size(), si + 4); j++) {
            List<Token> t = sentences.get(j).tokens();
            int close = -1;
            for (int k = 0; k < t.size(); k++) {
                if (Readings.isQuote(t.get(k).text()) && !t.get(k).text().equals("'")) {
                    close = k;
                    break;
                }
            }
            if (close < 0) {
                continue; // still inside the quotation
            }
            for (Attribution a : Attributions.find(sentences.get(j), gazetteer, resolver)) {
                if (a.anchor() > close) {
                    return a;
                }
            }
            return null;
        }
        return null;
    }

    private static int quotes(List<Token> t) {
        int n = 0;
        for (Token tok : t) {
            n += Readings.isQuote(tok.text()) && !tok.text().equals("'") && !tok.text().equals("’") ? 1 : 0;
        }
        return n;
    }

    private static boolean opensWithQuote(List<Token> t) {
        return !t.isEmpty() && (t.get(0).text().equals("\"") || t.get(0).text().equals("“"));
    }

    private Attribution followingAttribution(Sentence next, Resolver resolver) {
        List<Token> t = next.tokens();
        if (t.size() < 4 || !(t.get(0).is("this") || t.get(0).is("that") || t.get(0).is("it"))) {
            return null;
        }
        for (int k = 1; k < Math.min(t.size() - 1, 5); k++) {
            if (Lexicon.SAYING.contains(t.get(k).lower()) && t.get(k + 1).is("by")) {
                Attributions.Found np = Attributions.forward(next, k + 2, gazetteer, resolver);
                return np == null ? null : new Attribution(np.ref(), k, np.to(), k);
            }
        }
        return null;
    }

    private static boolean mentionsAny(List<Token> t, Set<String> words) {
        for (Token tok : t) {
            if (words.contains(tok.lower())) {
                return true;
            }
        }
        return false;
    }

    /** A number that is part of a name is no figure: "Group of Seven", "No 10", "France 24", "38 North". */
    private static boolean insideName(Sentence s, Quantity q) {
        for (Mention m : s.mentions()) {
            if (m.from() <= q.from() && q.to() <= m.to() && m.entry().actor()) {
                return true;
            }
        }
        return false;
    }
}
