package claimgraph.rdf;

import static java.util.Objects.requireNonNull;

import claimgraph.extract.EntityRef;
import claimgraph.extract.ExtractedClaim;
import claimgraph.ingest.Article;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The mapping stage's entry point: one article and its claims become one named graph (IRIs derived from the
 * article's SHA-256), with the source, the extraction activity, the claims, their actors, places, deployments
 * and Web Annotation targets. See {@code ontology/README.md} for the mapping table.
 */
public final class ClaimMapper {
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String SCHEMA = "https://schema.org/";
    static final String OA = "http://www.w3.org/ns/oa#";
    static final String WGS84 = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    static final String GEOSPARQL = "http://www.opengis.net/ont/geosparql#";
    private static final int QUOTE_CONTEXT = 32;

    private ClaimMapper() {}

    /** A dataset holding the article's named graph. */
    public static DatasetGraph toDataset(Article article, EntityRef publisher, List<ExtractedClaim> claims, Run run) {
        DatasetGraph dsg = DatasetGraphFactory.create(); // no per-add commits: a plain in-memory dataset
        String sha = Iris.sha256(article.text());
        Graph g = dsg.getGraph(NodeFactory.createURI(Iris.graph(sha)));
        new Writer(g, article, sha, run).write(publisher, claims);
        return dsg;
    }

    /** The IRI of the named graph an article maps to. */
    public static String graphIri(Article article) {
        return Iris.graph(Iris.sha256(article.text()));
    }

    private static final class Writer {
        private final Graph g;
        private final Article article;
        private final String sha;
        private final Run run;
        private final Node source;

        Writer(Graph g, Article article, String sha, Run run) {
            this.g = requireNonNull(g);
            this.article = article;
            this.sha = sha;
            this.run = run;
            this.source = uri(Iris.source(sha));
        }

        void write(EntityRef publisher, List<ExtractedClaim> claims) {
            Node extraction = writeSourceAndRun(publisher);
            for (ExtractedClaim c : claims) {
                writeClaim(c, extraction);
            }
        }

        private Node writeSourceAndRun(EntityRef publisher) {
            add(source, RDF.type.asNode(), uri(CG.Source.getURI()));
            add(source, RDF.type.asNode(), uri(SCHEMA + "NewsArticle"));
            add(source, uri(CG.fileName.getURI()), NodeFactory.createLiteralString(article.fileName()));
            add(source, uri(CG.sha256.getURI()), NodeFactory.createLiteralString(sha));
            add(source, uri(SCHEMA + "articleBody"), NodeFactory.createLiteralString(article.text()));
            add(source, uri(CG.language.getURI()), NodeFactory.createLiteralString(bcp47(article.language())));
            if (article.headline() != null) {
                add(source, uri(SCHEMA + "headline"), NodeFactory.createLiteralString(article.headline()));
            }
            if (article.date() != null) {
                add(source, uri(SCHEMA + "datePublished"), date(article.date()));
            }
            if (article.url() != null) {
                add(source, uri(SCHEMA + "url"), NodeFactory.createLiteralDT(article.url(), XSDDatatype.XSDanyURI));
            }
            if (publisher != null) {
                add(source, uri(SCHEMA + "publisher"), actor(publisher));
            }
            Node extraction = uri(Iris.extraction(sha, run.softwareVersion()));
            Node software = uri(Iris.software());
            add(extraction, RDF.type.asNode(), uri(CG.Extraction.getURI()));
            add(extraction, RDF.type.asNode(), uri(PROV + "Activity"));
            add(extraction, uri(PROV + "used"), source);
            add(extraction, uri(PROV + "wasAssociatedWith"), software);
            add(extraction, uri(CG.softwareVersion.getURI()), NodeFactory.createLiteralString(run.softwareVersion()));
            add(extraction, uri(PROV + "startedAtTime"), instant(run.startedAt()));
            add(extraction, uri(PROV + "endedAtTime"), instant(run.endedAt()));
            add(software, RDF.type.asNode(), uri(PROV + "SoftwareAgent"));
            add(software, RDFS.label.asNode(), NodeFactory.createLiteralString("claimgraph"));
            return extraction;
        }

        private void writeClaim(ExtractedClaim c, Node extraction) {
            String iri = Iris.claim(sha, c);
            Node claim = uri(iri);
            add(claim, RDF.type.asNode(), uri(CG.Claim.getURI()));
            add(claim, RDF.type.asNode(), uri(PROV + "Entity"));
            add(claim, RDFS.label.asNode(), NodeFactory.createLiteralString(
                    c.measure().word() + " " + c.value() + " (" + c.subject().label() + ", per " + c.claimant().mention() + ")"));
            add(claim, uri(CG.measure.getURI()), uri(CG.MEASURE_NS + c.measure().slug()));
            add(claim, uri(CG.value.getURI()), NodeFactory.createLiteralDT(Long.toString(c.value()), XSDDatatype.XSDinteger));
            add(claim, uri(CG.qualifier.getURI()), uri(CG.QUALIFIER_NS + c.qualifier().slug()));
            add(claim, uri(CG.status.getURI()), uri(CG.STATUS_NS + c.status().slug()));
            add(claim, uri(CG.subject.getURI()), actor(c.subject()));
            add(claim, uri(CG.claimant.getURI()), actor(c.claimant()));
            add(claim, uri(CG.claimantMention.getURI()), NodeFactory.createLiteralString(c.claimant().mention()));
            Node place = null;
            if (c.location() != null) {
                place = place(c.location());
                add(claim, uri(CG.location.getURI()), place);
                add(claim, uri(CG.locationMention.getURI()), NodeFactory.createLiteralString(c.location().mention()));
            }
            add(claim, uri(CG.deployment.getURI()), deployment(c.subject(), c.location(), place));
            add(claim, uri(CG.source.getURI()), source);
            add(claim, uri(PROV + "wasGeneratedBy"), extraction);
            if (c.date() != null) {
                add(claim, uri(CG.claimDate.getURI()), date(c.date()));
            }
            add(claim, uri(CG.valueText.getURI()), NodeFactory.createLiteralString(c.number().of(article.text())));
            add(claim, uri(CG.hedged.getURI()), NodeFactory.createLiteralDT(Boolean.toString(c.hedged()), XSDDatatype.XSDboolean));
            writeTarget(claim, iri, c);
        }

        private void writeTarget(Node claim, String iri, ExtractedClaim c) {
            Node target = uri(iri + "#target");
            Node position = uri(iri + "#position");
            Node quote = uri(iri + "#quote");
            String text = article.text();
            add(claim, uri(CG.target.getURI()), target);
            add(target, RDF.type.asNode(), uri(OA + "SpecificResource"));
            add(target, uri(OA + "hasSource"), source);
            add(target, uri(OA + "hasSelector"), position);
            add(target, uri(OA + "hasSelector"), quote);
            add(position, RDF.type.asNode(), uri(OA + "TextPositionSelector"));
            add(position, uri(OA + "start"), nonNegative(c.sentence().start()));
            add(position, uri(OA + "end"), nonNegative(c.sentence().end()));
            add(quote, RDF.type.asNode(), uri(OA + "TextQuoteSelector"));
            add(quote, uri(OA + "exact"), NodeFactory.createLiteralString(c.sentence().of(text)));
            int from = Math.max(0, c.sentence().start() - QUOTE_CONTEXT);
            int to = Math.min(text.length(), c.sentence().end() + QUOTE_CONTEXT);
            add(quote, uri(OA + "prefix"), NodeFactory.createLiteralString(text.substring(from, c.sentence().start())));
            add(quote, uri(OA + "suffix"), NodeFactory.createLiteralString(text.substring(c.sentence().end(), to)));
        }

        private Node actor(EntityRef a) {
            Node n = uri(a.iri());
            add(n, RDF.type.asNode(), uri(CG.Actor.getURI()));
            add(n, RDF.type.asNode(), uri(CG.NS + a.kind()));
            if (!a.linked() && !a.kind().equals("LocalActor")) {
                add(n, RDF.type.asNode(), uri(CG.LocalActor.getURI()));
            }
            add(n, RDFS.label.asNode(), NodeFactory.createLiteralString(a.label()));
            links(n, a);
            return n;
        }

        private Node place(EntityRef p) {
            Node n = uri(p.iri());
            add(n, RDF.type.asNode(), uri(CG.Place.getURI()));
            add(n, RDFS.label.asNode(), NodeFactory.createLiteralString(p.label()));
            links(n, p);
            return n;
        }

        /** The verified external links and coordinates travel with the entity into every graph that uses it. */
        private void links(Node n, EntityRef e) {
            for (String other : e.sameAs()) {
                add(n, org.apache.jena.vocabulary.OWL.sameAs.asNode(), uri(other));
            }
            if (e.lat() != null && e.lon() != null) {
                add(n, uri(WGS84 + "lat"), NodeFactory.createLiteralDT(e.lat(), XSDDatatype.XSDdecimal));
                add(n, uri(WGS84 + "long"), NodeFactory.createLiteralDT(e.lon(), XSDDatatype.XSDdecimal));
                Node geometry = uri(e.iri() + "#geometry");
                add(n, uri(GEOSPARQL + "hasGeometry"), geometry);
                add(geometry, RDF.type.asNode(), uri(GEOSPARQL + "Geometry"));
                add(geometry, uri(GEOSPARQL + "asWKT"), NodeFactory.createLiteralDT("POINT(" + e.lon() + " " + e.lat() + ")",
                        org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(GEOSPARQL + "wktLiteral")));
            }
        }

        private Node deployment(EntityRef subject, EntityRef location, Node place) {
            Node d = uri(Iris.deployment(subject.iri(), location == null ? null : location.iri()));
            add(d, RDF.type.asNode(), uri(CG.Deployment.getURI()));
            add(d, uri(CG.deployingActor.getURI()), actor(subject));
            if (place != null) {
                add(d, uri(CG.destination.getURI()), place);
            }
            add(d, RDFS.label.asNode(), NodeFactory.createLiteralString(
                    subject.label() + (location == null ? " (destination not stated)" : " in " + location.label())));
            return d;
        }

        private void add(Node s, Node p, Node o) {
            g.add(s, p, o);
        }

        private static Node uri(String iri) {
            return NodeFactory.createURI(iri);
        }

        private static Node date(String date) {
            return NodeFactory.createLiteralDT(date, date.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate);
        }

        private static Node nonNegative(int n) {
            return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
        }

        private static Node instant(java.time.Instant t) {
            return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
        }

        private static String bcp47(String iso3) {
            if (iso3.equals("eng")) {
                return "en";
            }
            for (String two : java.util.Locale.getISOLanguages()) {
                if (new java.util.Locale(two).getISO3Language().equals(iso3)) {
                    return two;
                }
            }
            return "und";
        }
    }
}
