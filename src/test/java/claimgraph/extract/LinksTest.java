package claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import claimgraph.ClaimgraphException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** External links: only verified ones, each with its evidence. */
class LinksTest {
    private static final String HEADER = "entity\twikidata\tdbpedia\tgeonames\tlat\tlong\tevidence\n";

    @Test
    void gazetteer_everySameAsLink_hasEvidenceFromTwoSources() {
        Model m = Gazetteer.standard().model();
        List<Statement> links = m.listStatements(null, OWL.sameAs, (Resource) null).toList();
        assertThat(links).hasSizeGreaterThan(400);
        for (Statement link : links) {
            Statement evidence = link.getSubject().getProperty(m.createProperty(Gazetteer.CG + "linkEvidence"));
            assertThat(evidence).as("evidence for " + link).isNotNull();
            assertThat(evidence.getString().split("\\|")).as("sources for " + link).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void gazetteer_wikidataLinks_areWellFormedEntityIris() {
        Model m = Gazetteer.standard().model();
        m.listStatements(null, OWL.sameAs, (Resource) null).forEachRemaining(s -> {
            String iri = s.getObject().asResource().getURI();
            if (iri.startsWith("http://www.wikidata.org/")) {
                assertThat(iri).matches("http://www\\.wikidata\\.org/entity/Q[1-9]\\d*");
            }
        });
    }

    @Test
    void read_rowWithOneSource_isRefused() {
        assertThatThrownBy(() -> read(HEADER + "actor:x\tQ1\t\t\t\t\tonly one source\n"))
                .isInstanceOf(ClaimgraphException.class).hasMessageContaining("line 2").hasMessageContaining("two are required");
    }

    @Test
    void read_unknownEntityOrMalformedId_isRefused() {
        assertThatThrownBy(() -> read(HEADER + "actor:nobody\tQ1\t\t\t\t\ta|b\n")).hasMessageContaining("not a gazetteer entry");
        assertThatThrownBy(() -> read(HEADER + "actor:x\tX42\t\t\t\t\ta|b\n")).hasMessageContaining("malformed Wikidata id");
        assertThatThrownBy(() -> read(HEADER + "actor:x\t\t\t\t91\t10\ta|b\n")).hasMessageContaining("latitude");
    }

    @Test
    void read_verifiedRow_addsSameAsCoordinatesAndEvidence() {
        Model m = read(HEADER + "actor:x\tQ42\tX_Land\t123\t40.5\t-3.25\tsource one|source two\n");
        Resource x = m.getResource("https://w3id.org/claimgraph/id/actor/x");
        assertThat(x.listProperties(OWL.sameAs).toList()).extracting(s -> s.getObject().asResource().getURI())
                .containsExactlyInAnyOrder("http://www.wikidata.org/entity/Q42", "http://dbpedia.org/resource/X_Land",
                        "https://sws.geonames.org/123/");
        assertThat(x.getProperty(m.createProperty(Links.WGS84 + "lat")).getString()).isEqualTo("40.5");
        assertThat(x.getProperty(m.createProperty(Links.WGS84 + "long")).getString()).isEqualTo("-3.25");
    }

    @Test
    void extract_linkedState_carriesItsWikidataIdIntoTheClaim() {
        Extractor extractor = Extractor.of(Gazetteer.standard());
        ExtractedClaim c = extractor.extract(claimgraph.ingest.ArticleReader.parse("t.txt",
                "The NIS said 1,500 North Korean troops arrived in Russia.")).get(0);
        assertThat(c.subject().sameAs()).contains("http://www.wikidata.org/entity/Q423");
        assertThat(c.location().sameAs()).contains("http://www.wikidata.org/entity/Q159");
        assertThat(c.location().lat()).isNotNull();
    }

    private static Model read(String tsv) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("actor", "https://w3id.org/claimgraph/id/actor/");
        m.getResource("https://w3id.org/claimgraph/id/actor/x").addProperty(RDFS.label, "X");
        Links.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv", m);
        return m;
    }
}
