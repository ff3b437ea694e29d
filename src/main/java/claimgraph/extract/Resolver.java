package claimgraph.extract;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves claimant phrases to actors within one article: gazetteer entities first, then named people, then
 * anaphors ("he", "the officials", "the publication") against what the article said before; anything else
 * becomes a local actor named by the phrase itself.
 */
final class Resolver {
    static final String LOCAL = "https://w3id.org/claimgraph/id/actor/local/";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they");
    /** Case matters: "US" is a state, "us" a pronoun. */
    private static final Set<String> FIRST_PERSON = Set.of("we", "We", "I", "us");
    private static final Set<String> ROLE_WORDS = Set.of("spokesman", "spokesperson", "spokeswoman", "official",
            "officials", "chief", "head", "representative", "representatives", "press", "service", "office", "source",
            "sources", "statement", "report", "data", "estimates", "estimate", "figures", "assessment", "update");
    private static final Set<String> PLURAL_HEADS = Set.of("officials", "sources", "estimates", "media", "reports",
            "agencies", "experts", "analysts", "lawmakers", "diplomats", "authorities", "observers", "monitors",
            "researchers", "services", "groups", "forces", "figures", "data");

    private final Gazetteer gazetteer;
    private EntityRef lastClaimant;
    private EntityRef lastPerson;
    private EntityRef lastOutlet;
    /** The organisation named most recently, claimant or not: "The General Staff released figures. ..., it said." */
    private EntityRef lastOrganisation;
    /** Organisations the article has named, most recent first: "the agency" is the latest agency, not the latest body. */
    private final java.util.Deque<EntityRef> organisations = new java.util.ArrayDeque<>();
    /** Who "the official" is: the last claimant named as an official or spokesperson. */
    private EntityRef lastOfficial;

    /** The dateline's country: "the country's spy agency" under a SEOUL dateline is South Korea's. */
    private final String home;

    Resolver(Gazetteer gazetteer, String home) {
        this.gazetteer = gazetteer;
        this.home = home;
    }

    void sawOutlet(EntityRef outlet) {
        lastOutlet = outlet;
    }

    void sawClaimant(EntityRef claimant) {
        lastClaimant = claimant;
        if (claimant.kind().equals("Person")) {
            lastPerson = claimant;
        } else {
            organisation(claimant);
        }
    }

    private void organisation(EntityRef actor) {
        lastOrganisation = actor;
        organisations.removeIf(o -> o.iri().equals(actor.iri()));
        organisations.addFirst(actor);
        if (organisations.size() > 12) {
            organisations.removeLast();
        }
    }

    /** A person or organisation the article names, whether or not it speaks: an antecedent for "he" or "it". */
    void sawActor(EntityRef actor) {
        if (actor.kind().equals("Person")) {
            lastPerson = actor;
        } else if (!actor.kind().equals("State") && !actor.kind().equals("NewsOutlet")) {
            organisation(actor);
        }
    }

    EntityRef claimant(Sentence s, int from, int to) {
        boolean speaksFor = false;
        for (int k = from; k < to; k++) {
            speaksFor |= SPEAKING_FOR.contains(s.tokens().get(k).lower());
        }
        boolean plural = s.tokens().get(to - 1).lower().endsWith("s");
        if (speaksFor && to - from == 1 && isDefinite(s, from) && lastOfficial != null
                && !(plural && lastOfficial.kind().equals("Person"))) {
            return lastOfficial; // "A JCS official briefed reporters. ..., the official said."
        }
        EntityRef ref = resolve(s, from, to);
        if (speaksFor && ref != null) {
            lastOfficial = ref;
        }
        return ref;
    }

    private EntityRef resolve(Sentence s, int from, int to) {
        EntityRef homeOrganisation = homeDescriptor(s, from, to);
        if (homeOrganisation != null) {
            return homeOrganisation;
        }
        List<Token> t = s.tokens();
        if (to - from > 12) {
            Mention whole = mentionEndingAt(s, from, to);
            return whole != null && whole.from() <= from ? whole.entry().ref(whole.text()) : null; // long official names
        }
        String phrase = text(s, from, to);
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (to - from == 1 && FIRST_PERSON.contains(phrase)) {
            return null; // "We estimate ...," Budanov told the BBC: the speaker is named outside the quote
        }
        if (to - from == 1 && PRONOUNS.contains(lower)) {
            return lower.equals("he") || lower.equals("she") ? lastPerson
                    : lower.equals("it") && lastOrganisation != null ? lastOrganisation : lastClaimant;
        }
        Mention ofHead = headOfOfPhrase(s, from, to);
        if (ofHead != null) {
            return ofHead.entry().ref(text(s, from, to)); // the first organisation, named as the article names it
        }
        EntityRef described = descriptorOfOwner(s, from, to);
        if (described != null) {
            return described; // "the General Staff of Ukraine's Armed Forces": the General Staff
        }
        Mention end = mentionEndingAt(s, from, to);
        if (end != null && end.entry().place() && !end.entry().actor() && partOfLongerName(s, from, end)) {
            return local(phrase, "LocalActor"); // "U.S. Army Europe and Africa said": not Africa
        }
        if (end != null && end.entry().isState() && end.form() == Gazetteer.Form.METONYM) {
            return end.entry().ref(end.entry().label()); // "Moscow said": Russia, named as a state
        }
        if (end != null && !(end.entry().isState() && end.form() == Gazetteer.Form.DEMONYM)) {
            return end.entry().ref(end.text());
        }
        int[] name = Attributions.personName(t, from, to);
        if (name != null) {
            Mention person = mentionEndingAt(s, name[0], name[1]);
            return person != null ? person.entry().ref(person.text())
                    : local(text(s, name[0], name[1]), "Person");
        }
        Mention org = organisationWithRole(s, from, to);
        if (org != null) {
            return org.entry().ref(org.text());
        }
        boolean outletAnaphor = false;
        for (int k = from; k < to; k++) {
            outletAnaphor |= Lexicon.OUTLET_ANAPHORS.contains(t.get(k).lower());
        }
        if (outletAnaphor && lastOutlet != null) {
            return lastOutlet;
        }
        if ((Lexicon.ANAPHORS.contains("the " + lower) || allLowercase(t, from, to)) && isDefinite(s, from)
                && lastClaimant != null && refersTo(lower, lastClaimant)) {
            return lastClaimant; // "the spy agency" after the NIS
        }
        if ((Lexicon.ANAPHORS.contains("the " + lower) || allLowercase(t, from, to)) && isDefinite(s, from)) {
            for (EntityRef o : organisations) {
                if (refersTo(lower, o)) {
                    return o; // "Park quoted the agency as saying": the latest agency named, as the article named it
                }
            }
        }
        boolean plausible = false;
        for (int k = from; k < to; k++) {
            plausible |= t.get(k).isCapitalized() || Lexicon.SOURCE_NOUNS.contains(t.get(k).lower());
        }
        if (!plausible || t.get(to - 1).type() == Token.Type.POSSESSIVE) {
            return null;
        }
        if (to - from == 1 && PRONOUNS.contains(lower)) {
            return null;
        }
        String head = t.get(to - 1).lower();
        return local(phrase, PLURAL_HEADS.contains(head) ? "Group" : "LocalActor");
    }

    /** Capitalised words (or "and", "of") before a place complete a name that merely contains it. */
    private static boolean partOfLongerName(Sentence s, int from, Mention place) {
        if (place.from() <= from) {
            return false;
        }
        for (int k = from; k < place.from(); k++) {
            Token tok = s.tokens().get(k);
            if (!(tok.isCapitalized() || tok.is("and") || tok.is("of"))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> SPEAKING_FOR = Set.of("official", "officials", "spokesman", "spokesperson",
            "spokeswoman");
    private static final Set<String> DOCUMENTS = Set.of("report", "statement", "assessment", "update", "briefing",
            "source", "sources");

    /** "the report" stands for any earlier claimant; "the ministry" only for one that is a ministry. */
    private static boolean refersTo(String anaphor, EntityRef antecedent) {
        String head = anaphor.substring(anaphor.lastIndexOf(' ') + 1);
        if (DOCUMENTS.contains(head)) {
            return true; // "the report": whoever spoke last
        }
        if (PLURAL_HEADS.contains(head) && antecedent.kind().equals("Person")) {
            return false; // "the officials" are not the spokesperson quoted before
        }
        String words = (antecedent.mention() + " " + antecedent.label()).toLowerCase(Locale.ROOT);
        if (words.contains(head) || words.contains(head.replaceAll("s$", ""))) {
            return true;
        }
        return switch (head) {
            case "ministry", "department" -> antecedent.kind().equals("Ministry");
            case "agency", "service", "intelligence" -> antecedent.kind().equals("IntelligenceService");
            case "military", "command", "army" -> antecedent.kind().equals("ArmedForce");
            case "president", "minister", "spokesman", "spokesperson", "official", "leader" -> antecedent.kind().equals("Person");
            case "officials", "group" -> antecedent.kind().equals("Group");
            default -> false;
        };
    }

    /** The claimant when the article speaks in its own voice. */
    EntityRef outletVoice(EntityRef publisher, boolean reportedly) {
        if (publisher != null) {
            return publisher;
        }
        return reportedly ? local("reports", "Group") : local("unattributed", "LocalActor");
    }

    private static boolean allLowercase(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.get(k).isWord() || t.get(k).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDefinite(Sentence s, int from) {
        return from > 0 && s.tokens().get(from - 1).is("the");
    }

    private static boolean onlyArticlesBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!s.tokens().get(k).is("the")) {
                return false;
            }
        }
        return true;
    }

    private static Mention mentionEndingAt(Sentence s, int from, int to) {
        Mention best = null;
        for (Mention m : s.mentions()) {
            if (m.to() == to && (m.from() >= from || onlyArticlesBetween(s, m.from(), from))) {
                best = m; // "The Guardian", "The Kremlin": the name includes the article the phrase dropped
            }
        }
        return best;
    }

    private static final Set<String> HOME_WORDS = Set.of("country", "nation", "island");

    /** "the country's spy agency": a descriptor of the publisher's country, named as the article names it. */
    private EntityRef homeDescriptor(Sentence s, int from, int to) {
        List<Token> t = s.tokens();
        int start;
        if (from + 2 < to && HOME_WORDS.contains(t.get(from).lower()) && t.get(from + 1).type() == Token.Type.POSSESSIVE) {
            start = from + 2; // "the country's spy agency"
        } else if (from >= 2 && t.get(from - 1).type() == Token.Type.POSSESSIVE && HOME_WORDS.contains(t.get(from - 2).lower())) {
            start = from;
        } else {
            return null;
        }
        String phrase = text(s, start, to);
        if (home != null) {
            for (Gazetteer.Alias a : gazetteer.descriptorsOf(home)) {
                if (String.join(" ", a.tokens()).equalsIgnoreCase(phrase)) {
                    return a.entry().ref(phrase);
                }
            }
        }
        return local(phrase, "LocalActor"); // the possessor names no one: keep "spy agency"
    }

    /** "X of Y" where X describes an organisation of Y's country: that organisation, named by X. */
    private EntityRef descriptorOfOwner(Sentence s, int from, int to) {
        int of = -1;
        for (int k = from + 1; k < to; k++) {
            if (s.tokens().get(k).is("of")) {
                of = k;
                break;
            }
        }
        Mention owner = of < 0 ? null : mentionEndingAt(s, of + 1, to);
        if (owner == null) {
            return null;
        }
        String country = owner.entry().isState() ? owner.entry().iri() : owner.entry().country();
        String head = text(s, from, of).toLowerCase(Locale.ROOT);
        for (Gazetteer.Alias a : country == null ? List.<Gazetteer.Alias>of() : gazetteer.descriptorsOf(country)) {
            if (String.join(" ", a.tokens()).equalsIgnoreCase(head) && !a.entry().iri().equals(owner.entry().iri())) {
                return a.entry().ref(text(s, from, of));
            }
        }
        return null;
    }

    /** A known organisation opening the phrase and followed by "of": the phrase's head. */
    private static Mention headOfOfPhrase(Sentence s, int from, int to) {
        for (Mention m : s.mentions()) {
            Token next = m.to() < to ? s.tokens().get(m.to()) : null;
            boolean ofPhrase = next != null && (next.is("of")
                    || next.type() == Token.Type.POSSESSIVE && m.text().contains(" of ")); // "General Staff of Ukraine's Armed Forces"
            if (m.from() == from && ofPhrase && m.entry().actor() && !m.entry().isState()) {
                return m;
            }
        }
        return null;
    }

    /** "Pentagon spokesman", "NIS officials": the organisation speaks. */
    private static Mention organisationWithRole(Sentence s, int from, int to) {
        for (Mention m : s.mentions()) {
            if (m.from() >= from && m.to() < to && !m.entry().isState() && m.entry().actor()) {
                boolean rest = true;
                for (int k = m.to(); k < to; k++) {
                    rest &= ROLE_WORDS.contains(s.tokens().get(k).lower()) || s.tokens().get(k).isCapitalized();
                }
                if (rest) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The phrase's words joined by single spaces, a possessive kept on its word. */
    static String text(Sentence s, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token tok = s.tokens().get(k);
            if (k > from && tok.type() != Token.Type.POSSESSIVE) {
                sb.append(' ');
            }
            sb.append(tok.text());
        }
        return sb.toString();
    }

    static EntityRef local(String label, String kind) {
        return new EntityRef(LOCAL + slug(label), label, label, kind, false);
    }

    static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("['’ʼ]", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
