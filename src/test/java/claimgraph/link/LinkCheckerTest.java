package claimgraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import claimgraph.ClaimgraphException;
import claimgraph.LocalFuseki;
import claimgraph.extract.Gazetteer;
import java.io.StringReader;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code links --check}: each linked item's Wikidata labels must share a name with the gazetteer entity. Runs
 * against a local Fuseki holding Wikidata-shaped labels, so no test needs the internet.
 */
class LinkCheckerTest {
    private static final String GAZETTEER = """
            PREFIX cg:    <https://w3id.org/claimgraph/ontology#>
            PREFIX actor: <https://w3id.org/claimgraph/id/actor/>
            PREFIX rdfs:  <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:  <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl:   <http://www.w3.org/2002/07/owl#>
            actor:north-korea a cg:State ; rdfs:label "North Korea"@en ; skos:altLabel "DPRK"@en ;
                owl:sameAs <http://www.wikidata.org/entity/Q423> .
            actor:kremlin a cg:GovernmentBody ; rdfs:label "Kremlin"@en ;
                owl:sameAs <http://www.wikidata.org/entity/Q83345> .
            actor:sao-tome a cg:State ; rdfs:label "São Tomé and Príncipe"@en ;
                owl:sameAs <http://www.wikidata.org/entity/Q1039> .
            actor:wrong a cg:State ; rdfs:label "Denmark"@en ;
                owl:sameAs <http://www.wikidata.org/entity/Q756617> .
            actor:gone a cg:Person ; rdfs:label "Nobody Known"@en ;
                owl:sameAs <http://www.wikidata.org/entity/Q999999999> .
            actor:unlinked a cg:Person ; rdfs:label "No Link"@en .
            """;
    /** What the endpoint answers: labels and aliases in English and another language. */
    private static final String WIKIDATA = """
            PREFIX wd:   <http://www.wikidata.org/entity/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            wd:Q423 rdfs:label "North Korea"@en , "Corée du Nord"@fr .
            wd:Q83345 rdfs:label "Moscow Kremlin"@en ; skos:altLabel "The Kremlin"@en .
            wd:Q1039 rdfs:label "Sao Tome and Principe"@en .
            wd:Q756617 rdfs:label "Danish Realm"@en ; skos:altLabel "Kingdom of Denmark"@en ; rdfs:label "Danemark"@fr .
            """;

    private static LocalFuseki fixture;
    private static String endpoint;

    @BeforeAll
    static void startFixture() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(WIKIDATA, Lang.TURTLE).parse(dsg.getDefaultGraph());
        fixture = LocalFuseki.serve("wikidata", dsg);
        endpoint = fixture.sparql();
    }

    @AfterAll
    static void stopFixture() {
        fixture.close();
    }

    private static Gazetteer gazetteer() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(GAZETTEER)).lang(Lang.TURTLE).parse(m);
        return Gazetteer.of(m);
    }

    @Test
    void check_reportsOnlyTheLinkWhoseNamesDifferAndTheItemTheEndpointDoesNotKnow() {
        List<LinkFinding> findings = LinkChecker.check(gazetteer(), endpoint, Duration.ofSeconds(10));

        // North Korea: same label; Kremlin: alias "The Kremlin" = "Kremlin"; São Tomé: accents do not count
        assertThat(findings).extracting(LinkFinding::entity).containsExactly("actor:gone", "actor:wrong");
        LinkFinding wrong = findings.get(1);
        assertThat(wrong.wikidata()).isEqualTo("Q756617");
        assertThat(wrong.wikidataNames()).containsExactly("Danish Realm", "Kingdom of Denmark");
        assertThat(wrong.line()).isEqualTo(
                "actor:wrong Q756617: gazetteer says 'Denmark', Wikidata says 'Danish Realm' / 'Kingdom of Denmark'");
        assertThat(findings.get(0).missing()).isTrue();
    }

    @Test
    void wikidataLinks_listsEveryLinkedEntityOnce() {
        assertThat(LinkChecker.wikidataLinks(gazetteer())).hasSize(5)
                .containsEntry("https://w3id.org/claimgraph/id/actor/north-korea", "http://www.wikidata.org/entity/Q423");
    }

    @Test
    void check_unreachableEndpoint_failsWithOneLineNamingIt() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        String nowhere = "http://127.0.0.1:" + closed + "/sparql";
        assertThatThrownBy(() -> LinkChecker.check(gazetteer(), nowhere, Duration.ofSeconds(5)))
                .isInstanceOf(ClaimgraphException.class)
                .hasMessageStartingWith(nowhere + ": cannot check links");
    }

    @Test
    void key_ignoresCaseAccentsPunctuationAndALeadingArticle() {
        assertThat(LinkChecker.key("The Kremlin")).isEqualTo(LinkChecker.key("kremlin"));
        assertThat(LinkChecker.key("São Tomé and Príncipe")).isEqualTo(LinkChecker.key("Sao Tome and Principe"));
        assertThat(LinkChecker.key("Guinea-Bissau")).isEqualTo(LinkChecker.key("Guinea Bissau"));
        assertThat(LinkChecker.key("Niger")).isNotEqualTo(LinkChecker.key("Nigeria"));
    }
}
