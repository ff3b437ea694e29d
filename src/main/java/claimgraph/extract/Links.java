package claimgraph.extract;

import claimgraph.ClaimgraphException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;

/**
 * Reads {@code ontology/links.tsv} — verified external identifiers of gazetteer entries with their evidence —
 * into the gazetteer model as {@code owl:sameAs} (Wikidata, DBpedia, GeoNames), WGS84 coordinates and
 * {@code cg:linkEvidence}. A row whose entity is unknown, whose identifier is malformed or whose evidence names
 * fewer than two sources is refused: a wrong link is worse than none.
 */
final class Links {
    static final String WIKIDATA = "http://www.wikidata.org/entity/";
    static final String DBPEDIA = "http://dbpedia.org/resource/";
    static final String GEONAMES = "https://sws.geonames.org/";
    static final String WGS84 = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    static final String GEOSPARQL = "http://www.opengis.net/ont/geosparql#";
    private static final List<String> HEADER = List.of("entity", "wikidata", "dbpedia", "geonames", "lat", "long", "evidence");
    private static final Pattern QID = Pattern.compile("Q[1-9]\\d*");
    private static final Pattern DEGREES = Pattern.compile("-?\\d{1,3}(\\.\\d+)?");

    private Links() {}

    static void read(InputStream in, String where, Model gazetteer) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null || !Arrays.asList(header.split("\t", -1)).equals(HEADER)) {
                throw new ClaimgraphException(where + ": line 1: expected the header " + String.join(" ", HEADER));
            }
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    add(line.split("\t", -1), where + ": line " + n, gazetteer);
                }
            }
        } catch (IOException e) {
            throw new ClaimgraphException(where + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static void add(String[] c, String where, Model m) {
        if (c.length != HEADER.size()) {
            throw new ClaimgraphException(where + ": expected " + HEADER.size() + " columns, found " + c.length);
        }
        String iri = expand(c[0], m);
        Resource entity = m.getResource(iri);
        if (!m.contains(entity, RDFS.label)) {
            throw new ClaimgraphException(where + ": " + c[0] + " is not a gazetteer entry");
        }
        String evidence = c[6].strip();
        long sources = Arrays.stream(evidence.split("\\|")).filter(s -> !s.isBlank()).count();
        if (sources < 2) {
            throw new ClaimgraphException(where + ": " + c[0] + " has " + sources + " evidence source(s); two are required");
        }
        if (!c[1].isEmpty()) {
            require(QID.matcher(c[1]).matches(), where, "Wikidata id", c[1]);
            entity.addProperty(OWL.sameAs, m.createResource(WIKIDATA + c[1]));
        }
        if (!c[2].isEmpty()) {
            require(!c[2].contains(" ") && !c[2].contains(">"), where, "DBpedia title", c[2]);
            entity.addProperty(OWL.sameAs, m.createResource(DBPEDIA + c[2]));
        }
        if (!c[3].isEmpty()) {
            require(c[3].matches("\\d+"), where, "GeoNames id", c[3]);
            entity.addProperty(OWL.sameAs, m.createResource(GEONAMES + c[3] + "/"));
        }
        if (!c[4].isEmpty() || !c[5].isEmpty()) {
            require(DEGREES.matcher(c[4]).matches() && Math.abs(Double.parseDouble(c[4])) <= 90, where, "latitude", c[4]);
            require(DEGREES.matcher(c[5]).matches() && Math.abs(Double.parseDouble(c[5])) <= 180, where, "longitude", c[5]);
            // canonical lexical form ("60.0"), as TDB2 gives it back, so stored graphs compare equal to new ones
            entity.addLiteral(m.createProperty(WGS84 + "lat"), m.createTypedLiteral(canonical(c[4]), XSDDatatype.XSDdecimal));
            entity.addLiteral(m.createProperty(WGS84 + "long"), m.createTypedLiteral(canonical(c[5]), XSDDatatype.XSDdecimal));
            Resource geometry = m.createResource(iri + "#geometry", m.createResource(GEOSPARQL + "Geometry"));
            entity.addProperty(m.createProperty(GEOSPARQL + "hasGeometry"), geometry);
            geometry.addProperty(m.createProperty(GEOSPARQL + "asWKT"),
                    m.createTypedLiteral(wkt(canonical(c[4]), canonical(c[5])), GEOSPARQL + "wktLiteral"));
        }
        entity.addProperty(m.createProperty(Gazetteer.CG + "linkEvidence"), evidence);
    }

    /** A GeoSPARQL point; WKT puts longitude first, and no CRS IRI means WGS84 (CRS84). */
    static String wkt(String lat, String lon) {
        return "POINT(" + lon + " " + lat + ")";
    }

    static String canonical(String decimal) {
        return org.apache.jena.sparql.expr.nodevalue.XSDFuncOp.canonicalDecimalStr(new java.math.BigDecimal(decimal));
    }

    private static String expand(String prefixed, Model m) {
        String iri = m.expandPrefix(prefixed);
        if (iri.equals(prefixed) && !prefixed.startsWith("http")) {
            return "https://w3id.org/claimgraph/id/" + prefixed.replaceFirst(":", "/");
        }
        return iri;
    }

    private static void require(boolean ok, String where, String what, String value) {
        if (!ok) {
            throw new ClaimgraphException(where + ": malformed " + what + " '" + value + "'");
        }
    }
}
