package claimgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ontology ({@code ontology/claimgraph.ttl}) and the shapes ({@code ontology/shapes.ttl}) as a
 * specification: every {@link CG} constant is declared, labelled and commented; nothing in the
 * {@code cg:} namespace exists without a constant; the concept schemes hold exactly the words of
 * the annotation guidelines; and the shapes accept a well-formed converted article and reject
 * broken ones at the node that is wrong.
 */
class OntologyTest {
    private static final String ONTOLOGY = "ontology/claimgraph.ttl";
    private static final String SHAPES = "ontology/shapes.ttl";

    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String SCHEMA = "https://schema.org/";
    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String SHAPES_NS = "https://w3id.org/claimgraph/shapes#";
    private static final String VANN = "http://purl.org/vocab/vann/";

    /** Vocabularies whose classes cg: classes may specialise or point to. */
    private static final List<String> ALIGNED_VOCABULARIES = List.of(PROV, SCHEMA, OA, SKOS.uri);

    private static final Map<Resource, Set<String>> GUIDELINE_NOTATIONS =
            Map.of(
                    CG.MeasureScheme,
                    Set.of("personnel", "killed", "wounded", "captured", "casualties", "materiel"),
                    CG.QualifierScheme,
                    Set.of("approximately", "more than", "at least", "up to", "exact"),
                    CG.StatusScheme,
                    Set.of("actual", "possible"));

    private static final Map<Resource, String> CONCEPT_BASES =
            Map.of(
                    CG.MeasureScheme, CG.MEASURE_NS,
                    CG.QualifierScheme, CG.QUALIFIER_NS,
                    CG.StatusScheme, CG.STATUS_NS);

    // ---------------------------------------------------------------------------------------
    // Both files parse

    @ParameterizedTest
    @ValueSource(strings = {ONTOLOGY, SHAPES})
    void file_parsesAsTurtle(String file) {
        assertThatCode(() -> read(file)).doesNotThrowAnyException();
        assertThat(read(file).size()).as("triples in %s", file).isPositive();
    }

    @Test
    void ontology_header_namesVersionLicenceAndPreferredPrefix() {
        Model ontology = read(ONTOLOGY);
        Resource header = ontology.getResource("https://w3id.org/claimgraph/ontology");

        assertThat(header.hasProperty(RDF.type, OWL2.Ontology)).isTrue();
        assertThat(header.getProperty(OWL2.versionInfo).getString()).isEqualTo("0.1.0");
        assertThat(header.getPropertyResourceValue(ontology.createProperty("http://purl.org/dc/terms/license")))
                .isEqualTo(ontology.getResource("https://www.apache.org/licenses/LICENSE-2.0"));
        assertThat(header.getProperty(ontology.createProperty(VANN + "preferredNamespacePrefix")).getString())
                .isEqualTo("cg");
        assertThat(header.getProperty(ontology.createProperty(VANN + "preferredNamespaceUri")).getString())
                .isEqualTo(CG.NS);
    }

    // ---------------------------------------------------------------------------------------
    // The vocabulary (CG.java) and the ontology agree

    @Test
    void vocabulary_constantsAreNamedForTheirLocalName() {
        assertThat(vocabulary()).isNotEmpty().containsEntry("Claim", CG.Claim);
        vocabulary().forEach((name, term) -> assertThat(term.getURI()).as(name).isEqualTo(CG.NS + name));
    }

    @Test
    void ontology_declaresEveryVocabularyConstant_withLabelAndComment() {
        Model ontology = read(ONTOLOGY);
        SoftAssertions softly = new SoftAssertions();
        vocabulary().forEach((name, term) -> {
            Resource declared = ontology.getResource(term.getURI());
            softly.assertThat(englishValues(declared, RDFS.label)).as("rdfs:label@en of cg:%s", name).isNotEmpty();
            softly.assertThat(englishValues(declared, RDFS.comment)).as("rdfs:comment@en of cg:%s", name).isNotEmpty();
        });
        softly.assertAll();
    }

    @Test
    void ontology_typesPropertiesAsOwlProperties_classesAsOwlClasses_schemesAsConceptSchemes() {
        Model ontology = read(ONTOLOGY);
        Set<Resource> propertyKinds = Set.of(OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty);
        SoftAssertions softly = new SoftAssertions();
        vocabulary().forEach((name, term) -> {
            Set<Resource> types = types(ontology.getResource(term.getURI()));
            if (term instanceof Property) {
                softly.assertThat(types.stream().filter(propertyKinds::contains))
                        .as("property kind of cg:%s", name).hasSize(1);
            } else if (name.endsWith("Scheme")) {
                softly.assertThat(types).as("types of cg:%s", name)
                        .contains(SKOS.ConceptScheme).doesNotContain(OWL2.Class);
            } else {
                softly.assertThat(types).as("types of cg:%s", name).contains(OWL2.Class);
            }
        });
        softly.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {ONTOLOGY, SHAPES})
    void file_usesOnlyCgTermsThatAreVocabularyConstants(String file) {
        Set<String> constants = vocabulary().values().stream().map(Resource::getURI).collect(Collectors.toSet());
        Set<String> used = read(file).listStatements().toList().stream()
                .flatMap(s -> Stream.of(s.getSubject(), s.getPredicate(), s.getObject()))
                .filter(RDFNode::isURIResource)
                .map(node -> node.asResource().getURI())
                .filter(uri -> uri.startsWith(CG.NS))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(used).as("cg: terms in %s", file).isNotEmpty().isSubsetOf(constants);
    }

    // ---------------------------------------------------------------------------------------
    // Concept schemes hold the guideline words

    static Stream<Arguments> schemes() {
        return GUIDELINE_NOTATIONS.entrySet().stream().map(e -> Arguments.of(e.getKey().getLocalName(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemes")
    void conceptScheme_holdsExactlyTheGuidelineNotations(String schemeName, Set<String> notations) {
        Model ontology = read(ONTOLOGY);
        Resource scheme = ontology.getResource(CG.NS + schemeName);

        List<Literal> found = concepts(scheme).stream()
                .flatMap(concept -> concept.listProperties(SKOS.notation).toList().stream())
                .map(Statement::getLiteral)
                .toList();

        assertThat(found).extracting(Literal::getString).containsExactlyInAnyOrderElementsOf(notations);
        assertThat(found).extracting(Literal::getDatatypeURI).as("plain strings").containsOnly(XSD + "string");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemes")
    void concepts_areTopConceptsWithPrefLabelDefinition_andIriFromNotation(String schemeName, Set<String> notations) {
        Model ontology = read(ONTOLOGY);
        Resource scheme = ontology.getResource(CG.NS + schemeName);
        String base = CONCEPT_BASES.get(scheme);

        assertThat(scheme.listProperties(SKOS.hasTopConcept).mapWith(Statement::getResource).toSet())
                .as("top concepts of %s", schemeName).isEqualTo(Set.copyOf(concepts(scheme)));
        SoftAssertions softly = new SoftAssertions();
        for (Resource concept : concepts(scheme)) {
            String notation = concept.getProperty(SKOS.notation).getString();
            softly.assertThat(concept.getURI()).isEqualTo(base + notation.replace(' ', '-'));
            softly.assertThat(concept.hasProperty(RDF.type, SKOS.Concept)).as("%s a skos:Concept", concept).isTrue();
            softly.assertThat(concept.hasProperty(SKOS.topConceptOf, scheme)).as("%s topConceptOf", concept).isTrue();
            softly.assertThat(englishValues(concept, SKOS.prefLabel)).as("prefLabel of %s", concept).hasSize(1);
            softly.assertThat(englishValues(concept, SKOS.definition)).as("definition of %s", concept).hasSize(1);
        }
        softly.assertAll();
    }

    // ---------------------------------------------------------------------------------------
    // The ontology is OWL-sane

    @Test
    void ontology_subclassesOnlyCgClassesOrClassesOfAlignedVocabularies() {
        Model ontology = read(ONTOLOGY);
        List<Statement> axioms = ontology.listStatements(null, RDFS.subClassOf, (RDFNode) null).toList();

        assertThat(axioms).isNotEmpty().allSatisfy(axiom -> {
            assertThat(axiom.getSubject().getURI()).startsWith(CG.NS);
            assertThat(axiom.getObject().isURIResource()).as("%s", axiom).isTrue();
            assertThat(isKnownClass(ontology, axiom.getResource())).as("superclass in %s", axiom).isTrue();
        });
    }

    @Test
    void ontology_givesEveryPropertyOneDomainAndARangeOfItsKind() {
        Model ontology = read(ONTOLOGY);
        SoftAssertions softly = new SoftAssertions();
        vocabulary().values().stream().filter(term -> term instanceof Property).forEach(term -> {
            Resource property = ontology.getResource(term.getURI());
            List<Resource> ranges = property.listProperties(RDFS.range).mapWith(Statement::getResource).toList();
            softly.assertThat(property.listProperties(RDFS.domain).toList()).as("domain of %s", term).hasSize(1);
            softly.assertThat(ranges).as("range of %s", term).hasSize(1);
            if (ranges.size() != 1) {
                return;
            }
            Resource range = ranges.get(0);
            if (property.hasProperty(RDF.type, OWL2.ObjectProperty)) {
                softly.assertThat(isKnownClass(ontology, range)).as("class range %s of %s", range, term).isTrue();
            } else {
                softly.assertThat(isDatatype(range)).as("datatype range %s of %s", range, term).isTrue();
            }
        });
        softly.assertAll();
    }

    // ---------------------------------------------------------------------------------------
    // The shapes accept a converted article and reject broken ones

    @Test
    void shapes_parseAsShacl_targetingEveryNodeKindOfAConvertedArticle() {
        Shapes shapes = Shapes.parse(read(SHAPES).getGraph());
        Set<Resource> targets = read(SHAPES).listObjectsOfProperty(ResourceFactory.createProperty(SHACL.targetClass.getURI()))
                .mapWith(RDFNode::asResource).toSet();

        assertThat(shapes.numRootShapes()).isPositive();
        assertThat(targets).containsExactlyInAnyOrder(
                CG.Source, CG.Extraction, CG.Claim, CG.Deployment, CG.Actor, CG.LocalActor, CG.Place,
                oa("SpecificResource"), oa("TextPositionSelector"), oa("TextQuoteSelector"));
    }

    @Test
    void shapes_documentEveryNodeShape_andGiveEveryPropertyShapeANameAndMessage() {
        Model shapes = read(SHAPES);
        Property targetClass = shapes.createProperty(SHACL.targetClass.getURI());
        Property path = shapes.createProperty(SHACL.path.getURI());
        SoftAssertions softly = new SoftAssertions();
        shapes.listSubjectsWithProperty(targetClass).forEach(shape -> {
            softly.assertThat(englishValues(shape, RDFS.label)).as("label of %s", shape).isNotEmpty();
            softly.assertThat(englishValues(shape, RDFS.comment)).as("comment of %s", shape).isNotEmpty();
        });
        shapes.listSubjectsWithProperty(path).filterKeep(Resource::isURIResource).forEach(shape -> {
            softly.assertThat(shape.hasProperty(shapes.createProperty(SHACL.name.getURI()))).as("name of %s", shape).isTrue();
            softly.assertThat(shape.hasProperty(shapes.createProperty(SHACL.message.getURI()))).as("message of %s", shape).isTrue();
        });
        softly.assertAll();
    }

    @Test
    void convertedArticle_conformsToTheShapes() {
        ValidationReport report = validate(ConvertedArticle.model());

        assertThat(report.conforms()).as(describe(report)).isTrue();
    }

    /** One way to break a converted article, and where the shapes must say so. */
    record Breakage(String description, Consumer<Model> breakIt, String focusNode, String shape) {
        @Override
        public String toString() {
            return description;
        }
    }

    static Stream<Breakage> breakages() {
        return Stream.of(
                new Breakage("a claim without a measure",
                        m -> m.removeAll(r(m, ConvertedArticle.CLAIM), CG.measure, null),
                        ConvertedArticle.CLAIM, "Claim-measure"),
                new Breakage("a claim whose measure is outside the measure scheme",
                        m -> replace(m, ConvertedArticle.CLAIM, CG.measure, m.createResource(CG.MEASURE_NS + "tanks")),
                        ConvertedArticle.CLAIM, "Claim-measure"),
                new Breakage("a claim with two values",
                        m -> r(m, ConvertedArticle.CLAIM).addLiteral(CG.value, m.createTypedLiteral("13000", XSD + "integer")),
                        ConvertedArticle.CLAIM, "Claim-value"),
                new Breakage("a claim with a negative value",
                        m -> replace(m, ConvertedArticle.CLAIM, CG.value, m.createTypedLiteral("-5", XSD + "integer")),
                        ConvertedArticle.CLAIM, "Claim-value"),
                new Breakage("a claim whose subject is not typed cg:Actor",
                        m -> m.remove(r(m, ConvertedArticle.NORTH_KOREA), RDF.type, CG.Actor),
                        ConvertedArticle.CLAIM, "Claim-subject"),
                new Breakage("a claim with a location but no location mention",
                        m -> m.removeAll(r(m, ConvertedArticle.CLAIM), CG.locationMention, null),
                        ConvertedArticle.CLAIM, "ClaimShape"),
                new Breakage("a source whose sha256 is upper-case hex",
                        m -> replace(m, ConvertedArticle.SOURCE, CG.sha256, m.createLiteral(ConvertedArticle.SHA256.toUpperCase())),
                        ConvertedArticle.SOURCE, "Source-sha256"),
                new Breakage("a source whose sha256 is too short",
                        m -> replace(m, ConvertedArticle.SOURCE, CG.sha256, m.createLiteral("827fc243")),
                        ConvertedArticle.SOURCE, "Source-sha256"),
                new Breakage("a position selector whose start equals its end",
                        m -> replace(m, ConvertedArticle.POSITION, m.createProperty(OA + "start"), nonNegative(m, 133)),
                        ConvertedArticle.POSITION, "Position-start"),
                new Breakage("a position selector whose start is after its end",
                        m -> replace(m, ConvertedArticle.POSITION, m.createProperty(OA + "start"), nonNegative(m, 140)),
                        ConvertedArticle.POSITION, "Position-start"),
                new Breakage("a local (unlinked) actor carrying owl:sameAs",
                        m -> r(m, ConvertedArticle.NORTH_KOREA).addProperty(RDF.type, CG.LocalActor)
                                .addProperty(OWL2.sameAs, m.createResource("http://www.wikidata.org/entity/Q423")),
                        ConvertedArticle.NORTH_KOREA, "LocalActor-sameAs"),
                new Breakage("a place with a latitude but no longitude or geometry",
                        m -> r(m, ConvertedArticle.NORTH_KOREA).addLiteral(
                                m.createProperty("http://www.w3.org/2003/01/geo/wgs84_pos#lat"),
                                m.createTypedLiteral("40.0", XSD + "decimal")),
                        ConvertedArticle.NORTH_KOREA, "Coordinates-long"),
                new Breakage("a target without a quote selector",
                        m -> m.remove(r(m, ConvertedArticle.TARGET), m.createProperty(OA + "hasSelector"), r(m, ConvertedArticle.QUOTE)),
                        ConvertedArticle.TARGET, "Target-quoteSelector"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void brokenArticle_isReportedAtItsFocusNode(Breakage breakage) {
        Model article = ConvertedArticle.model();
        breakage.breakIt().accept(article);

        ValidationReport report = validate(article);

        assertThat(report.conforms()).as("conforms despite %s", breakage).isFalse();
        assertThat(report.getEntries()).as(describe(report)).anySatisfy(entry -> {
            assertThat(entry.focusNode()).isEqualTo(uri(breakage.focusNode()));
            assertThat(entry.source()).isEqualTo(uri(SHAPES_NS + breakage.shape()));
        });
    }

    // ---------------------------------------------------------------------------------------
    // Helpers

    private static Model read(String file) {
        return RDFParser.source(Path.of(file)).lang(Lang.TURTLE).toModel();
    }

    /** CG's public static Resource and Property constants by field name. */
    private static Map<String, Resource> vocabulary() {
        Map<String, Resource> terms = new TreeMap<>();
        for (Field field : CG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                try {
                    terms.put(field.getName(), (Resource) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError("cannot read CG." + field.getName(), e);
                }
            }
        }
        return terms;
    }

    private static List<String> englishValues(Resource resource, Property property) {
        return resource.listProperties(property).toList().stream()
                .map(Statement::getObject)
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .filter(literal -> literal.getLanguage().equals("en") && !literal.getString().isBlank())
                .map(Literal::getString)
                .toList();
    }

    private static Set<Resource> types(Resource resource) {
        return resource.listProperties(RDF.type).mapWith(Statement::getResource).toSet();
    }

    private static List<Resource> concepts(Resource scheme) {
        return scheme.getModel().listSubjectsWithProperty(SKOS.inScheme, scheme).toList();
    }

    private static boolean isKnownClass(Model ontology, Resource type) {
        if (!type.isURIResource()) {
            return false;
        }
        if (type.getURI().startsWith(CG.NS)) {
            return ontology.contains(type, RDF.type, OWL2.Class);
        }
        return ALIGNED_VOCABULARIES.stream().anyMatch(type.getURI()::startsWith);
    }

    private static boolean isDatatype(Resource range) {
        return range.isURIResource()
                && (range.getURI().startsWith(XSD) || range.equals(RDF.langString) || range.equals(RDFS.Literal));
    }

    private static ValidationReport validate(Model data) {
        return ShaclValidator.get().validate(Shapes.parse(read(SHAPES).getGraph()), data.getGraph());
    }

    private static String describe(ValidationReport report) {
        return "validation report:\n" + RDFWriter.source(report.getModel()).lang(Lang.TURTLE).asString();
    }

    private static Resource oa(String local) {
        return ResourceFactory.createResource(OA + local);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Resource r(Model model, String iri) {
        return model.getResource(iri);
    }

    private static Literal nonNegative(Model model, int value) {
        return model.createTypedLiteral(Integer.toString(value), XSD + "nonNegativeInteger");
    }

    private static void replace(Model model, String subject, Property property, RDFNode object) {
        model.removeAll(r(model, subject), property, null);
        model.add(r(model, subject), property, object);
    }

    /** A well-formed named graph of one converted article with one claim, as the converter writes it. */
    private static final class ConvertedArticle {
        static final String SHA256 = "a6fd6f5e5a8c0c8e0e4bd2f3e6ac0c1a2b3c4d5e6f708192a3b4c5d6e7f80912";
        static final String ID = CG.ID;
        static final String SOURCE = ID + "source/a6fd6f5e5a8c0c8e";
        static final String CLAIM = ID + "claim/a6fd6f5e5a8c0c8e/personnel-10000";
        static final String TARGET = CLAIM + "#target";
        static final String POSITION = CLAIM + "#position";
        static final String QUOTE = CLAIM + "#quote";
        static final String NORTH_KOREA = ID + "actor/north-korea";

        static final String TURTLE = """
                PREFIX cg:     <https://w3id.org/claimgraph/ontology#>
                PREFIX actor:      <https://w3id.org/claimgraph/id/actor/>
                PREFIX agent:      <https://w3id.org/claimgraph/id/agent/>
                PREFIX deployment: <https://w3id.org/claimgraph/id/deployment/>
                PREFIX extraction: <https://w3id.org/claimgraph/id/extraction/>
                PREFIX place:      <https://w3id.org/claimgraph/id/place/>
                PREFIX measure:   <https://w3id.org/claimgraph/measure/>
                PREFIX qualifier: <https://w3id.org/claimgraph/qualifier/>
                PREFIX status:    <https://w3id.org/claimgraph/status/>
                PREFIX oa:     <http://www.w3.org/ns/oa#>
                PREFIX prov:   <http://www.w3.org/ns/prov#>
                PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX schema: <https://schema.org/>
                PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
                PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>

                <%1$s> a cg:Source , schema:NewsArticle ;
                    cg:fileName "001_c89360cfc73fa7b4.txt" ;
                    cg:sha256 "%2$s" ;
                    cg:language "en" ;
                    schema:headline "Over 10,000 N. Korean troops in Russia: Seoul" ;
                    schema:publisher actor:yonhap ;
                    schema:datePublished "2024-12-19"^^xsd:date ;
                    schema:url <https://en.yna.co.kr/view/AEN20241219000000315> ;
                    schema:articleBody "SEOUL, Dec. 19 (Yonhap) -- Over 10,000 North Korean soldiers have arrived in Russia, South Korea's defense ministry said on Thursday." .

                extraction:a6fd6f5e5a8c0c8e-0.1.0 a cg:Extraction , prov:Activity ;
                    prov:used <%1$s> ;
                    prov:wasAssociatedWith agent:claimgraph ;
                    cg:softwareVersion "0.1.0" ;
                    prov:startedAtTime "2026-11-21T10:00:00Z"^^xsd:dateTime ;
                    prov:endedAtTime "2026-11-21T10:00:01Z"^^xsd:dateTime .

                agent:claimgraph a prov:SoftwareAgent ; rdfs:label "claimgraph 0.1.0" .

                <%3$s> a cg:Claim , prov:Entity ;
                    rdfs:label "North Korea personnel: more than 10000 (South Korea's defense ministry)" ;
                    cg:measure measure:personnel ;
                    cg:value 10000 ;
                    cg:valueText "Over 10,000" ;
                    cg:qualifier qualifier:more-than ;
                    cg:status status:actual ;
                    cg:hedged false ;
                    cg:subject <%4$s> ;
                    cg:claimant actor:south-korea-ministry-of-national-defense ;
                    cg:claimantMention "South Korea's defense ministry" ;
                    cg:location place:russia ;
                    cg:locationMention "Russia" ;
                    cg:deployment deployment:north-korea--russia ;
                    cg:claimDate "2024-12-19"^^xsd:date ;
                    cg:source <%1$s> ;
                    prov:wasGeneratedBy extraction:a6fd6f5e5a8c0c8e-0.1.0 ;
                    cg:target <%5$s> .

                <%5$s> a oa:SpecificResource ;
                    oa:hasSource <%1$s> ;
                    oa:hasSelector <%6$s> , <%7$s> .
                <%6$s> a oa:TextPositionSelector ;
                    oa:start "27"^^xsd:nonNegativeInteger ;
                    oa:end "133"^^xsd:nonNegativeInteger .
                <%7$s> a oa:TextQuoteSelector ;
                    oa:exact "Over 10,000 North Korean soldiers have arrived in Russia, South Korea's defense ministry said on Thursday." ;
                    oa:prefix "SEOUL, Dec. 19 (Yonhap) -- " ;
                    oa:suffix "" .

                deployment:north-korea--russia a cg:Deployment ;
                    rdfs:label "North Korea in Russia" ;
                    cg:deployingActor <%4$s> ;
                    cg:destination place:russia .

                <%4$s> a cg:Actor , cg:State ; rdfs:label "North Korea"@en ; skos:altLabel "DPRK"@en .
                actor:south-korea-ministry-of-national-defense a cg:Actor , cg:Ministry ;
                    rdfs:label "Ministry of National Defense"@en .
                actor:yonhap a cg:Actor , cg:NewsOutlet ; rdfs:label "Yonhap"@en .
                place:russia a cg:Place ; rdfs:label "Russia"@en .
                """.formatted(SOURCE, SHA256, CLAIM, NORTH_KOREA, TARGET, POSITION, QUOTE);

        static Model model() {
            return RDFParser.fromString(TURTLE, Lang.TURTLE).toModel();
        }
    }
}
