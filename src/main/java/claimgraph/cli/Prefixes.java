package claimgraph.cli;

import java.util.Map;

/** Prefixes for readable RDF output. */
final class Prefixes {
    static final Map<String, String> MAP = Map.ofEntries(
            Map.entry("cg", "https://w3id.org/claimgraph/ontology#"),
            Map.entry("actor", "https://w3id.org/claimgraph/id/actor/"),
            Map.entry("place", "https://w3id.org/claimgraph/id/place/"),
            Map.entry("prov", "http://www.w3.org/ns/prov#"),
            Map.entry("schema", "https://schema.org/"),
            Map.entry("oa", "http://www.w3.org/ns/oa#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("geo", "http://www.w3.org/2003/01/geo/wgs84_pos#"),
            Map.entry("geosparql", "http://www.opengis.net/ont/geosparql#"),
            Map.entry("wd", "http://www.wikidata.org/entity/"),
            Map.entry("dbr", "http://dbpedia.org/resource/"));

    private Prefixes() {}
}
