package claimgraph.extract;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An actor or place a claim points to.
 *
 * @param iri     the entity's IRI: a gazetteer entry, or a local IRI for an actor the gazetteer does not know
 * @param label   the entity's preferred label
 * @param mention how the article names it here (e.g. "Ukrainian intelligence" for the GUR)
 * @param kind    the ontology class's local name (State, Person, IntelligenceService, LocalActor, Place...)
 * @param linked  true when the entity comes from the gazetteer (so it can carry external links)
 * @param sameAs  verified external identifiers (Wikidata, DBpedia, GeoNames IRIs); empty when none
 * @param lat     WGS84 latitude in decimal degrees, or null
 * @param lon     WGS84 longitude in decimal degrees, or null
 */
public record EntityRef(String iri, String label, String mention, String kind, boolean linked, List<String> sameAs,
        String lat, String lon) {
    public EntityRef {
        requireNonNull(iri, "iri");
        requireNonNull(label, "label");
        requireNonNull(mention, "mention");
        requireNonNull(kind, "kind");
        sameAs = List.copyOf(sameAs);
    }

    /** An entity without external links or coordinates. */
    public EntityRef(String iri, String label, String mention, String kind, boolean linked) {
        this(iri, label, mention, kind, linked, List.of(), null, null);
    }

    public EntityRef withMention(String newMention) {
        return new EntityRef(iri, label, newMention, kind, linked, sameAs, lat, lon);
    }
}
