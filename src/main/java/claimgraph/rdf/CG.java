package claimgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Vocabulary of the claimgraph ontology ({@code ontology/claimgraph.ttl}), in the shape of Jena's
 * {@code SKOS}: one constant per declared term. Every constant here must be declared, labelled and
 * commented in the ontology (OntologyTest enforces it).
 */
public final class CG {
    /** Namespace of the ontology's terms. */
    public static final String NS = "https://w3id.org/claimgraph/ontology#";
    /** Base of every instance IRI the converter mints (sources, claims, actors, places...). */
    public static final String ID = "https://w3id.org/claimgraph/id/";
    /** Base of the measure, qualifier and status concepts. */
    public static final String MEASURE_NS = "https://w3id.org/claimgraph/measure/";
    public static final String QUALIFIER_NS = "https://w3id.org/claimgraph/qualifier/";
    public static final String STATUS_NS = "https://w3id.org/claimgraph/status/";

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes
    public static final Resource Actor = resource("Actor");
    public static final Resource State = resource("State");
    public static final Resource Organisation = resource("Organisation");
    public static final Resource IntelligenceService = resource("IntelligenceService");
    public static final Resource Ministry = resource("Ministry");
    public static final Resource ArmedForce = resource("ArmedForce");
    public static final Resource NewsOutlet = resource("NewsOutlet");
    public static final Resource InternationalOrganisation = resource("InternationalOrganisation");
    public static final Resource GovernmentBody = resource("GovernmentBody");
    public static final Resource Person = resource("Person");
    public static final Resource Group = resource("Group");
    public static final Resource LocalActor = resource("LocalActor");
    public static final Resource Place = resource("Place");
    public static final Resource Deployment = resource("Deployment");
    public static final Resource Claim = resource("Claim");
    public static final Resource Source = resource("Source");
    public static final Resource Extraction = resource("Extraction");

    // Concept schemes
    public static final Resource MeasureScheme = resource("MeasureScheme");
    public static final Resource QualifierScheme = resource("QualifierScheme");
    public static final Resource StatusScheme = resource("StatusScheme");

    // Claim properties
    public static final Property measure = property("measure");
    public static final Property value = property("value");
    public static final Property qualifier = property("qualifier");
    public static final Property status = property("status");
    public static final Property subject = property("subject");
    public static final Property claimant = property("claimant");
    public static final Property claimantMention = property("claimantMention");
    public static final Property location = property("location");
    public static final Property locationMention = property("locationMention");
    public static final Property deployment = property("deployment");
    public static final Property source = property("source");
    public static final Property claimDate = property("claimDate");
    public static final Property valueText = property("valueText");
    public static final Property hedged = property("hedged");
    public static final Property target = property("target");

    // Deployment properties
    public static final Property deployingActor = property("deployingActor");
    public static final Property destination = property("destination");

    // Source properties
    public static final Property fileName = property("fileName");
    public static final Property sha256 = property("sha256");
    public static final Property language = property("language");

    // Extraction properties
    public static final Property softwareVersion = property("softwareVersion");

    // Gazetteer properties
    public static final Property demonym = property("demonym");
    public static final Property metonym = property("metonym");
    public static final Property descriptor = property("descriptor");
    public static final Property role = property("role");
    public static final Property country = property("country");
    public static final Property capital = property("capital");
    public static final Property linkEvidence = property("linkEvidence");

    private CG() {}
}
