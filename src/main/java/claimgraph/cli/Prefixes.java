package claimgraph.cli;

import java.util.Map;

/** Prefixes for readable RDF output. */
final class Prefixes {
    static final Map<String, String> MAP = Map.of(
            "cg", "https://w3id.org/claimgraph/ontology#",
            "actor", "https://w3id.org/claimgraph/id/actor/",
            "place", "https://w3id.org/claimgraph/id/place/",
            "prov", "http://www.w3.org/ns/prov#",
            "schema", "https://schema.org/",
            "oa", "http://www.w3.org/ns/oa#",
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "xsd", "http://www.w3.org/2001/XMLSchema#",
            "owl", "http://www.w3.org/2002/07/owl#");

    private Prefixes() {}
}
