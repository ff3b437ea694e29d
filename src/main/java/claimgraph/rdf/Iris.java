package claimgraph.rdf;

import claimgraph.extract.ExtractedClaim;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Mints the IRIs of a converted article from its content, so the same text always gives the same IRIs. */
public final class Iris {
    private Iris() {}

    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    static String key(String sha256) {
        return sha256.substring(0, 16);
    }

    public static String graph(String sha256) {
        return CG.ID + "graph/" + key(sha256);
    }

    public static String source(String sha256) {
        return CG.ID + "source/" + key(sha256);
    }

    static String extraction(String sha256, String version) {
        return CG.ID + "extraction/" + key(sha256) + "-" + version;
    }

    static String software() {
        return CG.ID + "software/claimgraph";
    }

    static String claim(String sha256, ExtractedClaim c) {
        return CG.ID + "claim/" + key(sha256) + "/" + c.measure().slug() + "-" + c.value();
    }

    static String deployment(String subjectIri, String placeIri) {
        return CG.ID + "deployment/" + tail(subjectIri) + "/" + (placeIri == null ? "unknown" : tail(placeIri));
    }

    /** The last segments of an entity IRI: {@code actor/north-korea} gives {@code north-korea}, local ones keep "local-". */
    private static String tail(String iri) {
        String rest = iri.startsWith(CG.ID) ? iri.substring(CG.ID.length()) : iri;
        rest = rest.replaceFirst("^(actor|place)/", "");
        return rest.replace('/', '-');
    }

    public static String ontologyGraph() {
        return "https://w3id.org/claimgraph/graph/ontology";
    }

    public static String shapesGraph() {
        return "https://w3id.org/claimgraph/graph/shapes";
    }

    public static String gazetteerGraph() {
        return "https://w3id.org/claimgraph/graph/gazetteer";
    }
}
