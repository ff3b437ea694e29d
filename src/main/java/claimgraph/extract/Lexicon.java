package claimgraph.extract;

import java.util.Map;
import java.util.Set;

/** The words of news reporting the rules read: counted nouns, casualty verbs, hedges, modals, attribution verbs. */
final class Lexicon {
    private Lexicon() {}

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static final Set<String> ABBREVIATIONS = words("Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt",
            "St", "Jr", "Sr", "Prof", "Rep", "Sen", "Gov", "Adm", "Brig", "No", "vs", "etc", "approx", "Jan", "Feb",
            "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    /** Nouns that count people under arms (their plural and singular). */
    static final Set<String> PERSONNEL = words("troops", "troop", "soldiers", "soldier", "personnel", "servicemen",
            "serviceman", "servicemembers", "officers", "officer", "generals", "general", "fighters", "sappers",
            "marines", "paratroopers", "infantrymen", "infantry", "mercenaries", "recruits", "conscripts",
            "reservists", "commandos", "policemen", "peacekeepers", "forces", "men", "engineers", "pilots",
            "servicewomen", "militants", "combatants", "guards", "contingent", "volunteers", "specialists", "staff",
            "workers", "crew", "crews", "sailors", "seamen", "airmen", "deminers", "snipers", "gunners", "instructors",
            "cadets", "troopers", "guardsmen", "builders");

    /** Nouns that name losses directly, with the measure they give. */
    static final Map<String, Measure> LOSS_NOUNS = Map.ofEntries(Map.entry("casualties", Measure.CASUALTIES),
            Map.entry("losses", Measure.CASUALTIES), Map.entry("dead", Measure.KILLED),
            Map.entry("deaths", Measure.KILLED), Map.entry("fatalities", Measure.KILLED),
            Map.entry("killed", Measure.KILLED), Map.entry("wounded", Measure.WOUNDED),
            Map.entry("injured", Measure.WOUNDED), Map.entry("prisoners", Measure.CAPTURED),
            Map.entry("prisoner", Measure.CAPTURED), Map.entry("pows", Measure.CAPTURED),
            Map.entry("pow", Measure.CAPTURED), Map.entry("captives", Measure.CAPTURED));

    /** Nouns that count weapons and munitions. */
    static final Set<String> MATERIEL = words("shells", "shell", "rounds", "munitions", "missiles", "missile",
            "rockets", "rocket", "drones", "drone", "uavs", "containers", "aircraft", "jets", "jet", "planes",
            "warplanes", "helicopters", "tanks", "tank", "vehicles", "howitzers", "launchers", "systems", "pieces",
            "weapons", "guns", "rifles", "mortars", "grenades", "mines", "bombs", "interceptors", "warheads",
            "ships", "vessels", "boats", "artillery", "cartridges", "mlrs", "himars", "atacms", "kits", "batteries",
            "fighter-jets", "fighter-bombers", "bombers", "cannons", "armoured", "armored", "wagons", "trainloads",
            "shipments", "tons", "tonnes");

    /** Verbs of supply: materiel counts only when handed over, not when fired or produced. */
    static final Set<String> SUPPLY = words("supply", "supplies", "supplied", "supplying", "deliver", "delivers",
            "delivered", "delivering", "delivery", "deliveries", "transfer", "transfers", "transferred",
            "transferring", "send", "sends", "sent", "sending", "ship", "ships", "shipped", "shipping", "export",
            "exports", "exported", "provide", "provides", "provided", "providing", "give", "gave", "given", "donate",
            "donated", "donating", "pledge", "pledged", "pledges", "commit", "committed", "receive", "receives",
            "received", "receiving", "arrive", "arrived", "arriving", "handed", "hand", "dispatched", "transported",
            "transporting", "sold", "sell", "selling", "acquired", "obtained", "promised", "expecting", "expects",
            "consisting", "batch", "package", "aid", "shipment", "shipments", "consignment", "consignments");

    /** Words that make a figure a possibility rather than a fact. */
    static final Set<String> POSSIBLE = words("may", "might", "could", "would", "will", "'ll", "shall", "plans",
            "plan", "planned", "planning", "expected", "expects", "expecting", "expect", "preparing", "prepares",
            "prepare", "intends", "intend", "intended", "intending", "pledged", "pledges", "pledge", "promised",
            "promises", "promise", "committed", "proposed", "proposes", "considering", "considers", "potential",
            "possible", "possibly", "seeks", "sought", "poised", "ready", "hoped", "hopes", "hope", "hoping",
            "decided", "agreed", "offered", "offers", "offer", "vowed", "vows", "aims", "aim", "aiming", "threatened",
            "threatens", "wants", "envisaged", "envisages", "projected", "forecast", "upcoming",
            "future", "if");

    /** Hedges: the figure is an estimate, but of something that happened (status stays actual). */
    static final Set<String> HEDGES = words("likely", "believed", "believes", "appears", "appear", "reportedly",
            "estimated", "estimates", "estimate", "allegedly", "probably", "suspected", "thought", "assessed",
            "assesses", "purportedly", "apparently", "unconfirmed", "roughly");

    /** Verbs that attribute a statement to the noun phrase before them. */
    static final Set<String> SAYING = words("said", "says", "say", "stated", "states", "state", "reported",
            "reports", "report", "estimated", "estimates", "estimate", "claimed", "claims", "claim", "told", "tells",
            "noted", "notes", "note", "added", "adds", "announced", "announces", "announce", "confirmed", "confirms",
            "confirm", "indicated", "indicates", "indicate", "revealed", "reveals", "believes", "believe", "wrote",
            "writes", "write", "suggest", "suggests", "suggested", "suggesting", "assessed", "assesses", "assess",
            "warned", "warns", "informed", "disclosed", "discloses", "alleged", "alleges", "asserted", "acknowledged",
            "admitted", "posted", "published", "put", "puts", "quoted", "cited", "explained", "briefed", "testified",
            "insisted", "stressed", "emphasized", "emphasised", "declared", "observed", "calculated", "counted",
            "documented", "recorded", "tallied", "identified", "verified", "concluded", "found", "showed", "shows", "estimating", "saying",
            "reporting", "claiming", "indicating");

    /** Words after which a following capitalised phrase is not a place of the forces ("against Ukraine"). */
    static final Set<String> SIDE_WORDS = words("against", "aid", "help", "helping", "support", "supporting",
            "supports", "backing", "for", "with", "bordering", "between", "versus", "vs", "from", "behalf", "ally",
            "allies", "assist", "assisting", "bolster", "defend", "defending", "invaded", "invade", "invading",
            "attack", "attacking", "fight", "fighting", "serve", "serving", "join", "joining", "by", "of");

    /** Prepositions that put forces at a place ("in the Kursk region", "to Russia"). */
    static final Set<String> PLACE_PREPOSITIONS = words("in", "into", "to", "at", "near", "inside", "across",
            "throughout", "toward", "towards", "on", "within", "around", "onto", "via", "through", "left", "reached",
            "entered", "reach", "enter", "over");

    /** Nouns after a place name that keep it a place ("Kursk region", "Kursk direction"). */
    static final Set<String> PLACE_SUFFIXES = words("region", "oblast", "direction", "province", "area", "front",
            "axis", "sector", "border", "territory", "district", "regions", "oblasts", "peninsula", "frontline",
            "front-line", "city", "krai", "republic");

    /** Nouns that head an anonymous or descriptive attribution ("Western officials", "a human rights group"). */
    static final Set<String> SOURCE_NOUNS = words("officials", "official", "sources", "source", "ministry",
            "television", "tv", "radio", "broadcaster", "channel", "rebels", "insurgents", "separatists", "militia",
            "militias", "militants", "junta", "investigators", "commanders", "leaders",
            "agency", "agencies", "intelligence", "service", "services", "spokesman", "spokesperson", "spokeswoman",
            "media", "estimates", "estimate", "lawmaker", "lawmakers", "legislator", "legislators", "analysts",
            "analyst", "experts", "expert", "observers", "report", "reports", "military", "army", "forces",
            "command", "staff", "office", "government", "president", "minister", "secretary", "chief", "head",
            "commander", "envoy", "ambassador", "diplomat", "diplomats", "correspondent", "newspaper",
            "publication", "outlet", "statement", "data", "figures", "monitors", "researchers", "organisation",
            "organization", "group", "groups", "council", "parliament", "committee", "department", "authorities",
            "officers", "defense", "defence", "security", "foreign", "national", "top", "senior", "western",
            "other", "news", "state", "regional", "local", "human", "rights", "armed", "general", "joint", "chiefs",
            "directorate", "bureau", "institute", "center", "centre", "think", "tank", "assessment", "briefing",
            "leader", "leadership", "prosecutors", "police", "watchdog", "monitor", "mission", "delegation",
            "spy", "unnamed", "anonymous", "unidentified", "u.s.", "military's", "independent", "international",
            "some", "several", "many", "two", "three", "intelligence-sharing", "operational", "administration",
            "presidential", "deputy", "vice", "prime", "ministers", "governor", "mayor", "adviser", "advisor",
            "aide", "member", "members", "representatives", "representative", "journalists", "journalist",
            "reporters", "reporter", "editor", "channel", "channels", "bloggers", "blogger", "telegram",
            "military-intelligence", "counterintelligence", "estimations", "calculations", "documents",
            "commanders", "generals", "soldiers", "troops", "officers", "units", "brigade", "battalion", "ministers",
            "governments", "allies", "partners", "envoys", "negotiators", "investigators", "inspectors", "scholars",
            "think-tank", "institute's", "watchers", "specialists", "strategists", "planners", "chiefs-of-staff",
            "prosecutor", "court", "commission", "agency's", "ministry's", "spokespeople", "secretariat", "cabinet",
            "kremlin", "pentagon", "presidency", "headquarters", "staffers", "aides", "advisers", "advisors",
            "force", "air", "navy", "guard", "border", "coast", "operational-strategic", "grouping", "agencies'",
            "founder", "boss", "owner", "chairman", "chairwoman", "president's", "governor's", "administration's",
            "ombudsman", "commissioner", "rapporteur", "monitoring", "mission's", "agency", "bloggers'");

    /** Anaphors that stand for an earlier claimant. */
    static final Set<String> ANAPHORS = words("he", "she", "it", "they", "officials", "the officials", "the ministry",
            "the agency", "the report", "the president", "the organisation", "the organization", "the source",
            "the sources", "the spokesman", "the spokesperson", "the official", "the service", "the statement",
            "the military", "the minister", "the group", "the office", "the department", "the intelligence",
            "the assessment", "the update", "the briefing", "the command", "the general staff", "the leader");

    /** Anaphors that stand for the last news outlet named. */
    static final Set<String> OUTLET_ANAPHORS = words("publication", "newspaper", "outlet", "paper", "daily",
            "broadcaster", "magazine", "agency's", "publication's", "newspaper's", "outlet's", "paper's");

    /** Words that make an amount vague ("several thousand", "tens of thousands"). */
    static final Set<String> VAGUE_BEFORE = words("several", "many", "few", "tens", "hundreds", "thousands",
            "millions", "dozens", "some-", "multiple", "countless", "numerous");

    /** Nouns after a number that make it a duration, distance, unit name or other non-count. */
    static final Set<String> NOT_COUNTED = words("years", "year", "months", "month", "weeks", "week", "days", "day",
            "hours", "hour", "minutes", "minute", "seconds", "decades", "decade", "centuries", "century", "km",
            "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "metre",
            "meter", "mm", "cm", "kg", "percent", "per", "pct", "%", "brigade", "brigades", "regiment", "division",
            "battalion", "corps", "squadron", "fleet", "separate", "mechanised", "mechanized", "airborne",
            "times", "square", "sq", "acres", "hectares", "points", "billion-dollar", "dollars", "euros", "pounds",
            "won", "rubles", "roubles", "yuan", "hryvnias", "usd", "eur", "am", "pm", "o'clock", "th", "st", "nd",
            "rd", "a.m.", "p.m.", "degrees", "inches", "feet", "ft", "mph", "knots", "calibre", "caliber", "gauge",
            "yards", "seats", "votes", "pages", "sanctions", "companies", "firms", "people", "civilians",
            "children", "residents", "refugees", "households", "homes", "buildings", "countries", "nations",
            "states", "villages", "towns", "settlements", "cities", "kilograms", "tons-of", "fold", "jobs", "apartments",
            "homes", "students", "tourists", "passengers", "patients", "voters", "defectors", "waves", "rounds-per",
            "kronor", "krona", "kroner", "zloty", "zlotys", "francs", "rupees", "shekels", "lira", "assaults", "attacks",
            "clashes", "raids", "sorties", "battlegroups", "battlegroup", "divisions", "battalions", "regiments",
            "squadrons", "civilian", "employees", "journalists", "hostages");

    /** Nouns that stand for a figure given elsewhere: "put the figure at 4,000". */
    static final Set<String> FIGURE_NOUNS = words("figure", "number", "estimate", "total", "tally", "count");

    static final Set<String> MONTHS = words("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    static final Set<String> WEEKDAYS = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    static final Set<String> CURRENCY = words("$", "€", "£", "¥", "₩", "₽", "₴", "us$", "usd", "eur");
}
