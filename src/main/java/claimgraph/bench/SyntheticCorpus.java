package claimgraph.bench;

import claimgraph.ClaimgraphException;
import claimgraph.ingest.Article;
import claimgraph.ingest.ArticleReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic English news articles about troop deployments, losses and arms transfers, for
 * benchmarks: a headline, an optional {@code date} marker, 4 to 12 paragraphs mixing claim sentences built from
 * templates, figure-free filler and traps (years, dates, calibres, percentages, money, durations). Article
 * {@code n} depends only on the seed and {@code n}, so a larger corpus starts with the articles of a smaller one.
 * Every sentence is composed from the templates below; no article text is copied from anywhere.
 */
public final class SyntheticCorpus {
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 6, 1);
    private static final int DAYS = 548;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private SyntheticCorpus() {}

    /** {@code count} articles, parsed as the ingest stage reads them, named {@code synthetic_00001.txt} on. */
    public static List<Article> generate(int count, long seed) {
        checkCount(count);
        List<Article> articles = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            articles.add(ArticleReader.parse(fileName(n), text(seed, n)));
        }
        return articles;
    }

    /** Writes {@code count} articles as UTF-8 files {@code synthetic_00001.txt} ... into {@code dir}. */
    public static void writeTo(Path dir, int count, long seed) {
        checkCount(count);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ClaimgraphException(dir + ": cannot create folder (" + e.getMessage() + ")", e);
        }
        for (int n = 1; n <= count; n++) {
            Path file = dir.resolve(fileName(n));
            try {
                Files.writeString(file, text(seed, n), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ClaimgraphException(file + ": cannot write (" + e.getMessage() + ")", e);
            }
        }
    }

    /** The file name of article {@code n} (1-based). */
    static String fileName(int n) {
        return String.format(Locale.ROOT, "synthetic_%05d.txt", n);
    }

    /** The raw text of article {@code n} (1-based) for a seed. */
    static String text(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed ^ Long.rotateLeft(n * 0xBF58476D1CE4E5B9L, 29));
        return new Composer(random).article();
    }

    private static void checkCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, got " + count);
        }
    }

    /** Writes one article from the templates; holds the article's random source and scenario. */
    private static final class Composer {
        private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "for", "in", "of", "on",
                "the", "to", "with");
        private final SplittableRandom random;
        private final Phrases.Scenario scenario;
        private final StringBuilder out = new StringBuilder(4096);
        private final Set<String> used = new HashSet<>();

        Composer(SplittableRandom random) {
            this.random = random;
            this.scenario = Phrases.SCENARIOS.get(random.nextInt(Phrases.SCENARIOS.size()));
        }

        String article() {
            LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
            String gap = random.nextInt(3) == 0 ? "\n" : "\n\n";
            int header = random.nextInt(10);
            if (header < 4) {
                out.append(header == 0 ? " date " : "date ").append(date).append(header == 1 ? "\n" : " ");
            } else if (header == 4) {
                out.append("WORLD NEWS").append(gap);
            }
            out.append(titleCase(fill(pick(Phrases.HEADLINES)))).append(gap);
            if (header == 6) {
                out.append(date).append(gap);
            } else if (header == 7) {
                out.append(LONG_DATE.format(date)).append(gap);
            }
            int paragraphs = 4 + random.nextInt(9);
            for (int p = 0; p < paragraphs; p++) {
                paragraph(p == 0);
                out.append(p + 1 < paragraphs ? gap : "\n");
            }
            return out.toString();
        }

        private void paragraph(boolean lead) {
            int sentences = lead ? 1 + random.nextInt(2) : 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    out.append(' ');
                }
                int kind = random.nextInt(100);
                if (lead && s == 0 || kind < 40) {
                    out.append(claim());
                } else if (kind < 55) {
                    out.append(fill(fresh(Phrases.TRAPS)));
                } else if (kind < 62) {
                    out.append('\u201C').append(fresh(Phrases.QUOTES)).append(",\u201D ").append(claimant())
                            .append(" said.");
                } else {
                    out.append(fill(fresh(Phrases.FILLERS)));
                }
            }
        }

        /** A sentence with one or two figures and an attribution in one of its usual shapes. */
        private String claim() {
            String clause = fill(pick(clauses()));
            String who = claimant();
            return switch (random.nextInt(10)) {
                case 0 -> "According to " + who + ", " + clause + ".";
                case 1 -> capitalise(clause) + ", " + who + " said.";
                case 2 -> capitalise(who) + " said " + clause + ".";
                case 3 -> capitalise(who) + (plural(who) ? " estimate that " : " estimates that ") + clause + ".";
                case 4 -> capitalise(clause) + ", " + who + " told reporters.";
                case 5 -> capitalise(who) + " reported on " + pick(Phrases.WEEKDAYS) + " that " + clause + ".";
                case 6 -> capitalise(clause) + ", according to " + who + ".";
                case 7 -> "Officials also said " + clause + ".";
                default -> capitalise(clause) + ".";
            };
        }

        private String[] clauses() {
            int kind = random.nextInt(10);
            if (kind < 2 && scenario.fights()) {
                return Phrases.LOSSES;
            }
            if (kind < 4 && !scenario.materiel().isEmpty()) {
                return Phrases.TRANSFERS;
            }
            return kind < 7 ? Phrases.DEPLOYMENTS : Phrases.PLANNED;
        }

        private String claimant() {
            return pick(scenario.claimants());
        }

        /** Replaces each {@code {key}} in the template with a value for this article. */
        private String fill(String template) {
            StringBuilder b = new StringBuilder(template.length() + 64);
            int i = 0;
            while (i < template.length()) {
                int open = template.indexOf('{', i);
                if (open < 0) {
                    b.append(template, i, template.length());
                    break;
                }
                int close = template.indexOf('}', open);
                b.append(template, i, open).append(value(template.substring(open + 1, close)));
                i = close + 1;
            }
            return b.toString();
        }

        private String value(String key) {
            Phrases.Scenario s = scenario;
            return switch (key) {
                case "A" -> s.actor().name();
                case "a" -> s.actor().adjective();
                case "C" -> s.actor().capital();
                case "P" -> s.partner().name();
                case "p" -> s.partner().adjective();
                case "PC" -> s.partner().capital();
                case "o" -> s.opponent().adjective();
                case "OC" -> s.opponent().capital();
                case "L" -> pick(s.places());
                case "F" -> pick(s.forces());
                case "N" -> figure(Figures.personnel(random, s.largestForce()), true);
                case "n" -> Figures.grouped(Figures.personnel(random, s.largestForce()), ',');
                case "K" -> figure(Figures.losses(random), true);
                case "k" -> figure(Figures.few(random), false);
                case "M" -> materiel(s.materiel().get(random.nextInt(s.materiel().size())));
                case "T" -> pick(Phrases.WHEN);
                case "S" -> pick(Phrases.SINCE);
                case "B" -> pick(Phrases.PAST);
                case "D" -> pick(Phrases.WEEKDAYS);
                case "W" -> claimant();
                default -> throw new IllegalStateException("unknown template key {" + key + "}");
            };
        }

        /** A figure as news writes it: qualifier, then digits, spaced digits, words, "10,000+" or a range. */
        private String figure(long value, boolean rangeAllowed) {
            if (rangeAllowed && value >= 3000 && value < 100_000 && value % 1000 == 0 && random.nextInt(12) == 0) {
                long low = value / 1000 - 1 - random.nextInt(2);
                return low + " to " + Figures.grouped(value, ',');
            }
            String qualifier = random.nextInt(5) < 2 ? "" : pick(Phrases.QUALIFIERS);
            int form = random.nextInt(20);
            if (form == Figures.PLUS && !qualifier.isEmpty()) {
                form = 19; // "over 10,000+" says the same thing twice
            }
            return qualifier + Figures.written(value, form);
        }

        private String materiel(Phrases.Materiel m) {
            return figure(Figures.between(random, m.min(), m.max()), false) + " " + m.noun();
        }

        /** A choice not used yet in this article, as long as a few tries find one. */
        private String fresh(String[] choices) {
            String choice = pick(choices);
            for (int tries = 0; tries < 4 && !used.add(choice); tries++) {
                choice = pick(choices);
            }
            return choice;
        }

        private String pick(String[] choices) {
            return choices[random.nextInt(choices.length)];
        }

        private String pick(List<String> choices) {
            return choices.get(random.nextInt(choices.size()));
        }

        /** "Western officials estimate", "the Pentagon estimates". */
        static boolean plural(String claimant) {
            return claimant.endsWith("officials") || claimant.endsWith("commanders");
        }

        static String capitalise(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        static String titleCase(String s) {
            String[] words = s.split(" ");
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                b.append(i == 0 ? "" : " ").append(i > 0 && SMALL_WORDS.contains(w) ? w : capitalise(w));
            }
            return b.toString();
        }
    }

    /** Values for figures and the ways news writes them. */
    private static final class Figures {
        /** The form "10,000+". */
        static final int PLUS = 6;
        private static final long[] THOUSANDS = {1, 2, 3, 4, 5, 6, 8, 10, 11, 12, 15, 20, 25, 30, 40, 50, 60, 80};
        private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty"};

        private Figures() {}

        /** A head count up to {@code largest}: mostly round thousands, some hundreds, a few odd figures. */
        static long personnel(SplittableRandom r, long largest) {
            int kind = r.nextInt(20);
            long v;
            if (kind < 4) {
                v = (2 + r.nextInt(18)) * 100L;
            } else if (kind < 18) {
                v = THOUSANDS[r.nextInt(THOUSANDS.length)] * 1000L;
            } else {
                v = kind == 18 ? 1000L * (10 + r.nextInt(40)) + 500 : 100_000L;
            }
            return v <= largest ? v : (1 + r.nextInt(9)) * largest / 1000 * 100;
        }

        static long losses(SplittableRandom r) {
            return r.nextBoolean() ? (1 + r.nextInt(60)) * 100L : (1 + r.nextInt(9)) * 1000L;
        }

        static long few(SplittableRandom r) {
            return 2 + r.nextInt(29);
        }

        /** A value between the bounds, rounded to two significant digits as reports round. */
        static long between(SplittableRandom r, long min, long max) {
            long v = min + r.nextLong(max - min + 1);
            long scale = 1;
            while (v / scale >= 100) {
                scale *= 10;
            }
            return Math.max(min, v / scale * scale);
        }

        /** The value in one of the written forms; {@code form} (0 to 19) picks which, digits being commonest. */
        static String written(long v, int form) {
            if (form < 3 && v >= 1000) {
                return grouped(v, ' ');
            }
            if (form < 6) {
                String words = words(v);
                if (words != null) {
                    return words;
                }
            }
            if (form == PLUS && v >= 1000) {
                return grouped(v, ',') + "+";
            }
            if (form < 12 && v >= 1_000_000 && v % 100_000 == 0) {
                long tenths = v / 100_000;
                return (tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10) + " million";
            }
            return grouped(v, ',');
        }

        static String grouped(long v, char separator) {
            String digits = Long.toString(v);
            StringBuilder b = new StringBuilder(digits.length() + 4);
            for (int i = 0; i < digits.length(); i++) {
                if (i > 0 && (digits.length() - i) % 3 == 0) {
                    b.append(separator);
                }
                b.append(digits.charAt(i));
            }
            return b.toString();
        }

        private static String words(long v) {
            if (v <= 20) {
                return UNITS[(int) v];
            }
            for (long scale : new long[] {1_000_000, 1000, 100}) {
                if (v % scale == 0 && v / scale <= 20) {
                    String name = scale == 1_000_000 ? " million" : scale == 1000 ? " thousand" : " hundred";
                    return UNITS[(int) (v / scale)] + name;
                }
            }
            return null;
        }
    }

    /** The scenarios, templates and word lists articles are composed from. */
    private static final class Phrases {
        record Side(String name, String adjective, String capital) {}

        record Materiel(String noun, long min, long max) {}

        record Scenario(Side actor, Side partner, Side opponent, List<String> places, List<String> claimants,
                List<String> forces, List<Materiel> materiel, boolean fights, long largestForce) {}

        private static final Side NORTH_KOREA = new Side("North Korea", "North Korean", "Pyongyang");
        private static final Side RUSSIA = new Side("Russia", "Russian", "Moscow");
        private static final Side UKRAINE = new Side("Ukraine", "Ukrainian", "Kyiv");
        private static final List<String> NK_CLAIMANTS = List.of("South Korea's National Intelligence Service",
                "the NIS", "South Korea's Joint Chiefs of Staff", "the Pentagon", "Pentagon spokesperson Sabrina Singh",
                "Ukrainian intelligence", "the GUR", "Ukrainian President Volodymyr Zelenskyy", "US officials",
                "Western officials", "a South Korean lawmaker", "the UK Ministry of Defence",
                "NATO Secretary General Mark Rutte", "Bloomberg", "Reuters");
        private static final Scenario KOREA = new Scenario(NORTH_KOREA, RUSSIA, UKRAINE,
                List.of("the Kursk region", "Russia's Kursk Oblast", "Russia's Far East", "the Kursk border area",
                        "Russia", "the Primorsky region"),
                NK_CLAIMANTS, List.of("troops", "soldiers", "military personnel", "special forces troops", "engineers"),
                List.of(new Materiel("artillery shells", 100_000, 9_000_000), new Materiel("ballistic missiles", 20, 300),
                        new Materiel("containers of munitions", 1000, 20_000),
                        new Materiel("multiple rocket launchers", 20, 250),
                        new Materiel("self-propelled howitzers", 20, 200)),
                true, 100_000);

        private static final Scenario RUSSIA_AT_WAR = new Scenario(RUSSIA, new Side("Belarus", "Belarusian", "Minsk"),
                UKRAINE,
                List.of("the Kursk region", "the Donetsk region", "the Zaporizhzhia region", "the Kharkiv region",
                        "the Pokrovsk direction", "the Belgorod region"),
                List.of("Ukraine's General Staff", "Ukrainian President Volodymyr Zelenskyy",
                        "the Institute for the Study of War", "the UK Ministry of Defence", "Western officials",
                        "Ukrainian commanders", "the Kyiv Independent"),
                List.of("troops", "soldiers", "servicemen", "paratroopers", "marines"), List.of(), true, 100_000);

        static final List<Scenario> SCENARIOS = List.of(KOREA, KOREA, KOREA, KOREA,
                RUSSIA_AT_WAR, RUSSIA_AT_WAR,
                new Scenario(new Side("Iran", "Iranian", "Tehran"), RUSSIA, UKRAINE,
                        List.of("occupied Crimea", "Russia", "the Zaporizhzhia region"),
                        List.of("the Pentagon", "US officials", "Ukrainian intelligence", "the GUR", "Reuters",
                                "Western officials"),
                        List.of("military personnel", "specialists", "engineers"),
                        List.of(new Materiel("Shahed drones", 100, 6000), new Materiel("ballistic missiles", 50, 400),
                                new Materiel("artillery rounds", 100_000, 1_000_000)),
                        false, 2_000),
                new Scenario(new Side("the United States", "American", "Washington"), UKRAINE, RUSSIA,
                        List.of("Poland", "Romania", "Germany", "the Baltic states"),
                        List.of("the Pentagon", "Defense Secretary Lloyd Austin", "US officials", "the White House",
                                "Reuters", "The New York Times"),
                        List.of("troops", "soldiers", "marines"),
                        List.of(new Materiel("Abrams tanks", 10, 60), new Materiel("HIMARS launchers", 10, 40),
                                new Materiel("artillery shells", 100_000, 3_000_000),
                                new Materiel("Patriot interceptors", 20, 200), new Materiel("armoured vehicles", 50, 500)),
                        false, 20_000),
                new Scenario(new Side("the Netherlands", "Dutch", "The Hague"), UKRAINE, RUSSIA,
                        List.of("Romania", "Ukraine"),
                        List.of("the Dutch defence ministry", "Bloomberg", "The Times",
                                "Ukrainian President Volodymyr Zelenskyy"),
                        List.of("pilots", "engineers"),
                        List.of(new Materiel("F-16 fighter jets", 2, 24), new Materiel("F-16 aircraft", 2, 24)), false,
                        1_000),
                new Scenario(new Side("Britain", "British", "London"), new Side("Estonia", "Estonian", "Tallinn"), RUSSIA,
                        List.of("Estonia", "Estonia's border with Russia", "the Tapa base"),
                        List.of("the Ministry of Defence", "Defence Secretary John Healey", "Downing Street",
                                "British officials"),
                        List.of("troops", "soldiers"),
                        List.of(new Materiel("helicopters", 4, 12), new Materiel("rocket launchers", 4, 24)), false,
                        5_000),
                new Scenario(new Side("Germany", "German", "Berlin"), new Side("Lithuania", "Lithuanian", "Vilnius"),
                        RUSSIA, List.of("Lithuania", "Vilnius"),
                        List.of("the Bundeswehr", "Defence Minister Boris Pistorius", "the German government",
                                "Der Spiegel"),
                        List.of("troops", "soldiers"), List.of(), false, 5_000));

        static final String[] HEADLINES = {"{a} troops deployed to {L}", "{A} sends more troops to support {P}",
            "{A} to deploy more troops to {L}", "over {n} {a} troops now in {L}", "{a} forces dig in near {L}",
            "{A} steps up military support for {P}", "{OC} warns of growing {a} role in the war",
            "what we know about {a} forces in {L}", "{a} soldiers reach the front line, officials say",
            "{C} and {PC} deepen military ties as war drags on"};

        static final String[] DEPLOYMENTS = {"{A} has sent {N} {F} to {L}", "{N} {a} {F} are now stationed in {L}",
            "{N} {a} {F} have arrived in {L}", "{A} has deployed {N} {F} to {L} in recent weeks",
            "{C} has moved {N} {F} into {L} since {S}", "there are now {N} {a} {F} in {L}",
            "{A} is believed to have sent {N} {F} to {L}", "{N} {a} {F} have likely been deployed to {L}",
            "{A} has so far sent {N} {F} to {L}, up from {N} {B}",
            "the number of {a} {F} in {L} has risen to {N}"};

        static final String[] PLANNED = {"{A} may deploy {N} {F} to {L}", "{A} could send {N} more {F} to {L} {T}",
            "{A} plans to send {N} additional {F} to {L}", "{A} is preparing to deploy {N} {F} to {L} {T}",
            "{A} is expected to dispatch {N} {F} to {L} {T}", "{C} may send {N} {F} to {L} if the war drags on"};

        static final String[] LOSSES = {"{K} {a} {F} have been killed in {L}",
            "{a} forces have suffered {K} casualties in {L}",
            "{K} {a} soldiers were killed and {K} wounded in fighting in {L}",
            "{o} forces have captured {k} {a} soldiers in {L}",
            "{K} {a} troops have been killed or wounded since {S}", "{a} units in {L} have lost {K} men since {S}",
            "{k} {a} soldiers were taken prisoner near {L}"};

        static final String[] TRANSFERS = {"{A} has supplied {M} to {P}", "{A} has delivered {M} to {P} since {S}",
            "{P} has received {M} from {A}", "{A} shipped {M} to {P} {B}",
            "{A} is expected to deliver {M} to {P} {T}", "{A} has pledged {M} to {P}",
            "{A} has transferred {M} to {P} over the past year"};

        static final String[] FILLERS = {"The deployment has raised concerns in Western capitals about a wider war.",
            "{C} has not commented on the reports.", "Analysts say the partnership between {C} and {PC} is deepening.",
            "It was not immediately clear when the {F} would reach the front.",
            "Officials in {OC} called the move a grave threat to regional security.",
            "The claims could not be independently verified.",
            "Diplomats in Brussels are expected to discuss the issue at a meeting this week.",
            "{C} has repeatedly denied the reports, calling them Western propaganda.",
            "The {a} leader praised the cooperation in a speech broadcast on state television.",
            "Satellite images appear to show new barracks and supply depots near the border.",
            "{OC} has urged its partners to respond with tougher sanctions.",
            "The figures are broadly in line with earlier assessments by Western governments.",
            "Military experts warned that the picture could change quickly as fighting intensifies.",
            "Neither side has published a full account of the fighting.",
            "The {F} are said to be training with {p} units before moving to the front."};

        static final String[] TRAPS = {"More than three years into the war, the front line in eastern Ukraine has barely moved.",
            "The two governments signed a mutual defence treaty on June 19, 2024.",
            "{A} has also supplied 122-mm artillery shells and short-range missiles, officials said.",
            "Nearly 40% of the shells fired along the front were defective, {W} said.",
            "Washington announced a $100 million military aid package for Ukraine on {D}.",
            "Since 2022, {OC} has asked its allies for more air defence systems.",
            "Fighting in the Kursk region intensified in August 2024, when Ukrainian forces crossed the border.",
            "Soldiers of the 810th Separate Marine Brigade fought alongside them for months.",
            "The offensive began on 6 August 2024 and lasted about three months.",
            "A six-month delay in deliveries left {o} units short of ammunition in 2024.",
            "Casualty rates of about 30 percent were reported in some units, {W} said.",
            "The 2025 budget sets aside $2 billion for new drones and air defence.",
            "Talks are expected to resume in Geneva on 14 March after a two-week pause."};

        static final String[] QUOTES = {"We will respond to any threat to our security",
            "This is a dangerous escalation of the war", "Our partners must act before it is too late",
            "The situation at the front remains extremely difficult", "We are watching these movements very closely"};

        static final String[] QUALIFIERS = {"about ", "around ", "approximately ", "over ", "more than ", "up to ",
            "at least ", "nearly ", "some ", "as many as ", "an estimated ", "roughly ", "fewer than "};

        static final String[] WHEN = {"in the coming weeks", "by the end of the year", "as early as next month",
            "before the winter", "later this year", "as early as July", "within weeks"};

        static final String[] SINCE = {"October", "the start of the year", "last summer", "early November",
            "the autumn", "early 2024"};

        static final String[] PAST = {"last month", "in October", "earlier this year", "in the autumn", "last week"};

        static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

        private Phrases() {}
    }
}
