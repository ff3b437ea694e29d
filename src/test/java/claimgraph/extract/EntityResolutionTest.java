package claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import claimgraph.ingest.ArticleReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Entity resolution: whatever name an article uses for an actor — its label or any alternative label ("GUR",
 * "HUR", "Ukraine's military intelligence", "Defence Intelligence of Ukraine") — the claim points at the one
 * actor IRI, with the actor's links; an attributed name the gazetteer does not know becomes a local actor,
 * marked unlinked.
 */
class EntityResolutionTest {
    private static final Gazetteer GAZETTEER = Gazetteer.standard();
    private static final Extractor EXTRACTOR = Extractor.of(GAZETTEER);
    private static final String CG = Gazetteer.CG;

    private static ExtractedClaim claim(String sentence) {
        List<ExtractedClaim> claims = EXTRACTOR.extract(ArticleReader.parse("resolution_2024-11-20.txt", sentence));
        assertThat(claims).as(sentence).hasSize(1);
        return claims.get(0);
    }

    /** Every organisation, person and state, with every name it is known by. */
    @Test
    void everyLabelAndAltLabelOfEveryActor_resolvesToThatActorsIri() {
        Model m = GAZETTEER.model();
        SoftAssertions softly = new SoftAssertions();
        int names = 0;
        for (String cls : List.of("State", "IntelligenceService", "Ministry", "ArmedForce", "GovernmentBody",
                "InternationalOrganisation", "NewsOutlet", "Person")) {
            for (Resource actor : m.listSubjectsWithProperty(RDF.type, m.createResource(CG + cls)).toList()) {
                List<String> aliases = new ArrayList<>();
                actor.listProperties(RDFS.label).forEachRemaining(s -> aliases.add(s.getString()));
                actor.listProperties(SKOS.altLabel).forEachRemaining(s -> aliases.add(s.getString()));
                for (String alias : aliases) {
                    String sentence = alias + " said on Monday that 1,500 North Korean troops had arrived in Russia.";
                    List<ExtractedClaim> claims = EXTRACTOR.extract(ArticleReader.parse("resolution_2024-11-20.txt", sentence));
                    names++;
                    softly.assertThat(claims).as(sentence).hasSize(1);
                    if (claims.size() == 1) {
                        softly.assertThat(claims.get(0).claimant().iri()).as("claimant of: " + sentence).isEqualTo(actor.getURI());
                    }
                }
            }
        }
        softly.assertAll();
        assertThat(names).isGreaterThan(1500);
    }

    @Test
    void namesOfHur_inDifferentArticles_areOneActorIri() {
        List<String> iris = List.of(
                "GUR said 1,500 North Korean troops had arrived in Russia.",
                "HUR said 1,500 North Korean troops had arrived in Russia.",
                "Ukraine's military intelligence said 1,500 North Korean troops had arrived in Russia.",
                "Defence Intelligence of Ukraine said 1,500 North Korean troops had arrived in Russia.",
                "Ukrainian military intelligence said 1,500 North Korean troops had arrived in Russia.")
                .stream().map(s -> claim(s).claimant().iri()).distinct().toList();
        assertThat(iris).containsExactly("https://w3id.org/claimgraph/id/actor/defence-intelligence-of-ukraine");
    }

    @Test
    void linkedActor_carriesItsVerifiedLinks() {
        EntityRef northKorea = claim("Pyongyang said 1,500 North Korean troops had arrived in Russia.").subject();
        assertThat(northKorea.linked()).isTrue();
        assertThat(northKorea.sameAs()).contains("http://www.wikidata.org/entity/Q423");
        Resource inGazetteer = GAZETTEER.model().getResource(northKorea.iri());
        assertThat(inGazetteer.listProperties(OWL.sameAs).mapWith(s -> s.getObject().asResource().getURI()).toList())
                .containsExactlyInAnyOrderElementsOf(northKorea.sameAs());
    }

    @Test
    void unknownAttributedOrganisation_isALocalActor_withoutLinks() {
        ExtractedClaim c = claim("The Eastern Frontier Monitoring Group said 1,500 North Korean troops had arrived in Russia.");
        assertThat(c.claimant().kind()).isEqualTo("LocalActor");
        assertThat(c.claimant().linked()).isFalse();
        assertThat(c.claimant().sameAs()).isEmpty();
        assertThat(c.claimant().iri()).startsWith("https://w3id.org/claimgraph/id/actor/local/");
        RDFNode none = GAZETTEER.model().getResource(c.claimant().iri()).getPropertyResourceValue(OWL.sameAs);
        assertThat(none).isNull();
    }

    @Test
    void nameWithTheArticle_atTheStartOfASentence_isTheNamedActor() {
        assertThat(claim("The Kremlin said 1,500 North Korean troops had arrived in Russia.").claimant().iri())
                .isEqualTo("https://w3id.org/claimgraph/id/actor/kremlin");
        assertThat(claim("The Guardian reported that 1,500 North Korean troops had arrived in Russia.").claimant().iri())
                .isEqualTo("https://w3id.org/claimgraph/id/actor/the-guardian");
    }

    @Test
    void numberInsideAName_isNoFigure() {
        assertThat(claim("The Group of Seven said 1,500 North Korean troops had arrived in Russia.").value()).isEqualTo(1_500);
        assertThat(claim("France 24 reported that 1,500 North Korean troops had arrived in Russia.").claimant().iri())
                .isEqualTo("https://w3id.org/claimgraph/id/actor/france-24");
    }

    @Test
    void initialOrDottedAbbreviation_doesNotEndTheSentence() {
        assertThat(claim("N. Korea said 1,500 of its troops had arrived in Russia.").claimant().iri())
                .isEqualTo("https://w3id.org/claimgraph/id/actor/north-korea");
        assertThat(claim("Officials of the E.U. said 1,500 North Korean troops had arrived in Russia.").claimant().iri())
                .isEqualTo("https://w3id.org/claimgraph/id/actor/european-union");
    }
}
