package claimgraph.bench;

import claimgraph.extract.Gazetteer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;

/**
 * A Wikidata-shaped graph made from the gazetteer, for timing the federated canned queries without the internet:
 * every linked item gets its English label, its country (P17: the entity's cg:country, a state itself) and, for
 * states, a population (P1082) of one million. Only the shape is Wikidata's; the figures are placeholders.
 */
final class WikidataFixture {
    private static final String WD = "http://www.wikidata.org/entity/";
    private static final String WDT = "http://www.wikidata.org/prop/direct/";
    private static final String CG = "https://w3id.org/claimgraph/ontology#";

    private WikidataFixture() {}

    static Graph of(Gazetteer gazetteer) {
        Model m = gazetteer.model();
        Graph g = GraphFactory.createDefaultGraph();
        for (Statement link : m.listStatements(null, OWL.sameAs, (RDFNode) null).toList()) {
            String item = link.getResource().getURI();
            if (!item.startsWith(WD)) {
                continue;
            }
            Resource entity = link.getSubject();
            Node node = NodeFactory.createURI(item);
            entity.listProperties(RDFS.label).forEachRemaining(l -> g.add(node, RDFS.label.asNode(),
                    NodeFactory.createLiteralLang(l.getString(), "en")));
            Resource country = entity.getPropertyResourceValue(m.createProperty(CG + "country"));
            Resource state = entity.hasProperty(org.apache.jena.vocabulary.RDF.type, m.createResource(CG + "State"))
                    ? entity : country;
            String stateItem = state == null ? null : wikidata(state);
            if (stateItem != null) {
                g.add(node, NodeFactory.createURI(WDT + "P17"), NodeFactory.createURI(stateItem));
            }
            if (state == entity) {
                g.add(node, NodeFactory.createURI(WDT + "P1082"), NodeFactory.createLiteralDT("1000000", XSDDatatype.XSDinteger));
            }
        }
        return g;
    }

    private static String wikidata(Resource r) {
        for (Statement s : r.listProperties(OWL.sameAs).toList()) {
            if (s.getResource().getURI().startsWith(WD)) {
                return s.getResource().getURI();
            }
        }
        return null;
    }
}
