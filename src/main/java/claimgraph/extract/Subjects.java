package claimgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whose forces, losses or materiel a figure counts: the nationality on the counted noun ("North
 * Korean troops"), "from X", the actor that sends or has them ("Pyongyang sent", "Russian forces have
 * concentrated"), the supplier of materiel, then the article's running subject.
 */
final class Subjects {
    private static final Set<String> MILITARY = Set.of("troops", "soldiers", "forces", "military", "army",
            "personnel", "servicemen", "fighters", "units", "contingent", "marines", "infantry", "officers",
            "losses", "casualties", "dead", "deaths", "prisoners", "pows", "soldier", "troop");
    private static final Set<String> SELF = Set.of("it", "they", "he", "she");
    private final Gazetteer gazetteer;
    private final EntityRef dominant;
    private EntityRef last;

    private Subjects(Gazetteer gazetteer, EntityRef dominant) {
        this.gazetteer = gazetteer;
        this.dominant = dominant;
    }

    static Subjects of(List<Sentence> sentences, Gazetteer g) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, EntityRef> refs = new HashMap<>();
        for (Sentence s : sentences) {
            for (Mention m : s.mentions()) {
                EntityRef state = stateOf(m, g);
                if (state != null && modifiesMilitaryNoun(s.tokens(), m)) {
                    counts.merge(state.iri(), 1, Integer::sum);
                    refs.putIfAbsent(state.iri(), state);
                }
            }
        }
        EntityRef dominant = counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> refs.get(e.getKey())).orElse(null);
        return new Subjects(g, dominant);
    }

    void remember(EntityRef subject) {
        last = subject;
    }

    EntityRef subject(Sentence s, Quantity q, Measure measure) {
        List<Token> t = s.tokens();
        int head = Readings.head(t, q);
        int nounEnd = head < 0 ? q.to() : head;
        for (Mention m : s.mentions()) {
            if (m.from() >= q.to() && m.to() <= nounEnd && stateOf(m, gazetteer) != null) {
                return stateOf(m, gazetteer); // "12,000 North Korean troops"
            }
            if (m.to() == q.qualifierFrom() - 1 && t.get(m.to()).type() == Token.Type.POSSESSIVE
                    && stateOf(m, gazetteer) != null) {
                return stateOf(m, gazetteer); // "Pyongyang's 10,000 troops"
            }
        }
        EntityRef origin = origin(s, head < 0 ? q.to() : head + 1, Readings.clauseEnd(t, q.to() - 1));
        if (origin != null) {
            return origin;
        }
        EntityRef agent = agent(s, q);
        if (agent != null) {
            return agent;
        }
        if (measure == Measure.MATERIEL) {
            EntityRef supplier = origin(s, 0, t.size());
            if (supplier != null) {
                return supplier;
            }
        }
        EntityRef nearby = militaryModifier(s, q);
        if (nearby != null) {
            return nearby;
        }
        if (last != null) {
            return last;
        }
        return dominant != null ? dominant : Resolver.local("unknown", "LocalActor");
    }

    /** "troops sent from North Korea", "jets from the Netherlands". */
    private EntityRef origin(Sentence s, int from, int to) {
        List<Token> t = s.tokens();
        for (Mention m : s.mentions()) {
            if (m.from() < from || m.from() >= to) {
                continue;
            }
            int k = m.from() - 1;
            while (k >= from && (t.get(k).is("the") || t.get(k).is("its"))) {
                k--;
            }
            if (k >= 0 && t.get(k).is("from") && stateOf(m, gazetteer) != null && m.form() != Gazetteer.Form.DEMONYM) {
                return stateOf(m, gazetteer);
            }
        }
        return null;
    }

    /** The nearest state or armed body before the figure that sends, has or supplies it. */
    private EntityRef agent(Sentence s, Quantity q) {
        List<Token> t = s.tokens();
        int start = Readings.clauseStart(t, q.qualifierFrom());
        Mention best = null;
        for (Mention m : s.mentions()) {
            if (m.to() > q.qualifierFrom() || m.from() < start || stateOf(m, gazetteer) == null) {
                continue;
            }
            boolean deploys = false;
            boolean says = false;
            for (int k = m.to(); k < q.qualifierFrom(); k++) {
                String w = t.get(k).lower();
                deploys |= Readings.isDeployVerb(w);
                if (Lexicon.SAYING.contains(w) || w.equals("according")) {
                    // "Poland said it would send 2,000 soldiers": the speaker is also the one who sends
                    says = !(k + 1 < q.qualifierFrom() && SELF.contains(t.get(k + 1).lower()))
                            && !(k + 2 < q.qualifierFrom() && t.get(k + 1).is("that") && SELF.contains(t.get(k + 2).lower()));
                }
            }
            if (deploys && !says) {
                best = m;
            }
        }
        return best == null ? null : stateOf(best, gazetteer);
    }

    /** A nationality on a military noun anywhere in the sentence ("North Korean forces are ..."), nearest first. */
    private EntityRef militaryModifier(Sentence s, Quantity q) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : s.mentions()) {
            if (stateOf(m, gazetteer) != null && modifiesMilitaryNoun(s.tokens(), m)) {
                int d = Math.abs(m.from() - q.from());
                if (d < bestDistance) {
                    best = m;
                    bestDistance = d;
                }
            }
        }
        return best == null ? null : stateOf(best, gazetteer);
    }

    private static boolean modifiesMilitaryNoun(List<Token> t, Mention m) {
        int k = m.to();
        if (k < t.size() && t.get(k).type() == Token.Type.POSSESSIVE) {
            k++;
        }
        for (int j = k; j < Math.min(t.size(), k + 2); j++) {
            if (MILITARY.contains(t.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The state a mention stands for: the state itself, or an organisation's or person's country. */
    static EntityRef stateOf(Mention m, Gazetteer g) {
        Gazetteer.Entry e = m.entry();
        if (e.isState()) {
            return e.ref(m.text());
        }
        if (e.actor() && e.country() != null && !e.isOutlet()) { // an organisation's or a leader's state
            Gazetteer.Entry c = g.entry(e.country());
            return c == null ? null : c.ref(m.text());
        }
        return null;
    }
}
