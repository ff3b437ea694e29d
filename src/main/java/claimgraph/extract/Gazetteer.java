package claimgraph.extract;

import claimgraph.ClaimgraphException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The actors and places the extractor recognises, read from {@code ontology/gazetteer.ttl} (and any extra
 * Turtle files a user adds): labels, aliases, demonyms, metonyms, descriptors and roles, indexed for matching.
 */
public final class Gazetteer {
    static final String CG = "https://w3id.org/claimgraph/ontology#";
    private static final String RESOURCE = "/ontology/gazetteer.ttl";
    private static final String LINKS = "/ontology/links.tsv";

    /** One gazetteer entity. {@code kind} is the most specific class's local name. */
    record Entry(String iri, String label, String kind, String country, boolean place, boolean actor, String capital,
            List<String> sameAs, String lat, String lon) {
        boolean isState() {
            return kind.equals("State");
        }

        boolean isOutlet() {
            return kind.equals("NewsOutlet");
        }

        boolean isPerson() {
            return kind.equals("Person");
        }

        EntityRef ref(String mention) {
            return new EntityRef(iri, label, mention, kind, true, sameAs, lat, lon);
        }
    }

    enum Form { NAME, DEMONYM, METONYM, DESCRIPTOR, ROLE }

    /** One way of writing an entity, as tokens. */
    record Alias(List<String> tokens, boolean caseSensitive, Entry entry, Form form) {}

    private final Map<String, Entry> byIri = new HashMap<>();
    private final Map<String, List<Alias>> names = new HashMap<>();
    private final Map<String, List<Alias>> descriptors = new HashMap<>();
    private final Map<String, List<Alias>> roles = new HashMap<>();
    private final Map<String, Entry> outletKeys = new HashMap<>();
    private final Map<String, String> outletNames = new HashMap<>();
    private final Model model;

    private Gazetteer(Model model) {
        this.model = model;
        index();
    }

    /** The gazetteer shipped in the jar. */
    public static Gazetteer standard() {
        return of(List.of());
    }

    /** The shipped gazetteer extended with the user's Turtle files. */
    public static Gazetteer of(List<Path> extraFiles) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ClaimgraphException("gazetteer " + RESOURCE + " missing from the classpath");
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (java.io.IOException | RiotException e) {
            throw new ClaimgraphException("gazetteer " + RESOURCE + ": " + e.getMessage(), e);
        }
        try (InputStream in = Gazetteer.class.getResourceAsStream(LINKS)) {
            if (in != null) {
                Links.read(in, "ontology/links.tsv", m);
            }
        } catch (java.io.IOException e) {
            throw new ClaimgraphException(LINKS + ": " + e.getMessage(), e);
        }
        for (Path extra : extraFiles) {
            try {
                RDFDataMgr.read(m, extra.toString());
            } catch (RiotException e) {
                throw new ClaimgraphException(extra + ": not a valid gazetteer file (" + e.getMessage() + ")", e);
            }
        }
        return new Gazetteer(m);
    }

    /** A gazetteer from an in-memory model (tests). */
    public static Gazetteer of(Model model) {
        return new Gazetteer(model);
    }

    /** The gazetteer's triples (to load into the store beside the claims). */
    public Model model() {
        return model;
    }

    Entry entry(String iri) {
        return byIri.get(iri);
    }

    List<Alias> namesStartingWith(String lowerToken) {
        return names.getOrDefault(lowerToken, List.of());
    }

    List<Alias> descriptorsOf(String countryIri) {
        return descriptors.getOrDefault(countryIri, List.of());
    }

    List<Alias> rolesOf(String countryIri) {
        return roles.getOrDefault(countryIri, List.of());
    }

    /** The news outlet whose name, squeezed to letters and digits ("dailymail", "bbc"), equals the key. */
    Entry outlet(String key) {
        return outletKeys.get(squeeze(key));
    }

    /** How a key found in a file name or byline is written as a name ("afp" gives "AFP"), or null. */
    String outletName(String key) {
        return outletNames.get(squeeze(key));
    }

    static String squeeze(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private void index() {
        for (Resource r : model.listSubjectsWithProperty(RDFS.label).toList()) {
            if (!r.isURIResource()) {
                continue;
            }
            Entry e = toEntry(r);
            byIri.put(e.iri(), e);
        }
        for (Entry e : byIri.values()) {
            Resource r = model.getResource(e.iri());
            add(names, literals(r, RDFS.label), e, Form.NAME);
            add(names, literals(r, SKOS.altLabel), e, Form.NAME);
            add(names, literals(r, model.createProperty(CG + "demonym")), e, Form.DEMONYM);
            add(names, literals(r, model.createProperty(CG + "metonym")), e, Form.METONYM);
            if (e.country() != null) {
                add(descriptors.computeIfAbsent(e.country(), k -> new ArrayList<>()),
                        literals(r, model.createProperty(CG + "descriptor")), e, Form.DESCRIPTOR);
                add(roles.computeIfAbsent(e.country(), k -> new ArrayList<>()),
                        literals(r, model.createProperty(CG + "role")), e, Form.ROLE);
            }
            if (e.isOutlet()) {
                List<String> shown = new ArrayList<>(literals(r, RDFS.label));
                shown.addAll(literals(r, SKOS.altLabel));
                shown.forEach(k -> outletNames.putIfAbsent(squeeze(k), k));
                List<String> keys = new ArrayList<>(shown);
                keys.addAll(literals(r, SKOS.hiddenLabel));
                keys.forEach(k -> outletKeys.putIfAbsent(squeeze(k), e));
            }
        }
        // longest first; among equally long ones a state's own names beat a place of the same name
        // ("Moscow" the government over Moscow the city: locations map a state's metonym back to its capital)
        names.values().forEach(l -> l.sort((a, b) -> a.tokens().size() != b.tokens().size()
                ? b.tokens().size() - a.tokens().size()
                : Boolean.compare(b.entry().isState(), a.entry().isState())));
        descriptors.values().forEach(l -> l.sort((a, b) -> b.tokens().size() - a.tokens().size()));
        roles.values().forEach(l -> l.sort((a, b) -> b.tokens().size() - a.tokens().size()));
    }

    private Entry toEntry(Resource r) {
        Set<String> classes = new HashSet<>();
        for (Statement s : r.listProperties(RDF.type).toList()) {
            if (s.getObject().isURIResource() && s.getObject().asResource().getURI().startsWith(CG)) {
                classes.add(s.getObject().asResource().getURI().substring(CG.length()));
            }
        }
        String kind = mostSpecific(classes);
        boolean place = classes.contains("Place") || classes.contains("State");
        boolean actor = !kind.equals("Place");
        String label = literals(r, RDFS.label).get(0);
        List<String> sameAs = r.listProperties(org.apache.jena.vocabulary.OWL.sameAs).toList().stream()
                .filter(s -> s.getObject().isURIResource()).map(s -> s.getObject().asResource().getURI()).sorted().toList();
        return new Entry(r.getURI(), label, kind, iri(r, "country"), place, actor, iri(r, "capital"), sameAs,
                decimal(r, Links.WGS84 + "lat"), decimal(r, Links.WGS84 + "long"));
    }

    private static String mostSpecific(Set<String> classes) {
        for (String k : List.of("State", "Person", "IntelligenceService", "Ministry", "ArmedForce", "NewsOutlet",
                "GovernmentBody", "InternationalOrganisation", "Organisation", "Group", "Actor", "Place")) {
            if (classes.contains(k)) {
                return k;
            }
        }
        return "Actor";
    }

    private String decimal(Resource r, String property) {
        Statement s = r.getProperty(model.createProperty(property));
        return s != null && s.getObject().isLiteral() ? s.getObject().asLiteral().getLexicalForm() : null;
    }

    private String iri(Resource r, String local) {
        Statement s = r.getProperty(model.createProperty(CG + local));
        return s != null && s.getObject().isURIResource() ? s.getObject().asResource().getURI() : null;
    }

    private static List<String> literals(Resource r, org.apache.jena.rdf.model.Property p) {
        List<String> out = new ArrayList<>();
        for (Statement s : r.listProperties(p).toList()) {
            RDFNode o = s.getObject();
            if (o.isLiteral() && !o.asLiteral().getLexicalForm().isBlank()) {
                out.add(o.asLiteral().getLexicalForm().strip());
            }
        }
        out.sort(null);
        return out;
    }

    private static void add(Map<String, List<Alias>> index, List<String> texts, Entry e, Form form) {
        for (String text : texts) {
            Alias a = alias(text, e, form);
            if (a != null) {
                index.computeIfAbsent(a.tokens().get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a);
            }
        }
    }

    private static void add(List<Alias> list, List<String> texts, Entry e, Form form) {
        for (String text : texts) {
            Alias a = alias(text, e, form);
            if (a != null) {
                list.add(a);
            }
        }
    }

    private static Alias alias(String text, Entry e, Form form) {
        List<String> tokens = Tokenizer.tokenize(text, 0, text.length()).stream().map(Token::text).toList();
        if (tokens.isEmpty()) {
            return null;
        }
        boolean caps = text.length() >= 2 && text.equals(text.toUpperCase(Locale.ROOT))
                && text.chars().anyMatch(Character::isLetter);
        return new Alias(tokens, caps, e, form);
    }
}
