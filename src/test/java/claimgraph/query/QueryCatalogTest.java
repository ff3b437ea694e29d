package claimgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a {@code .rq} file's header comments, and the errors a broken file gives: each names the file. */
class QueryCatalogTest {
    private static final String SELECT = "SELECT ?claim WHERE { ?claim a <https://w3id.org/claimgraph/ontology#Claim> }\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void read_fullHeader_givesTitleDescriptionViewAndParams() throws IOException {
        Path file = write("one-claim.rq", """
                # title: One claim
                # description: Everything about one claim: its figure and sentence.
                # view: timeline
                # param: claim The claim's IRI
                """ + SELECT);
        CannedQuery q = QueryCatalog.read(file);
        assertThat(q.name()).isEqualTo("one-claim");
        assertThat(q.title()).isEqualTo("One claim");
        assertThat(q.description()).isEqualTo("Everything about one claim: its figure and sentence.");
        assertThat(q.view()).isEqualTo("timeline");
        assertThat(q.params()).containsExactly("claim");
        assertThat(q.sparql()).contains("SELECT ?claim");
    }

    @Test
    void read_missingTitle_namesTheFileAndTheHeader() throws IOException {
        Path file = write("untitled.rq", "# description: no title here\n# view: table\n" + SELECT);
        assertThatThrownBy(() -> QueryCatalog.read(file)).isInstanceOf(QueryException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("# title:");
    }

    @Test
    void read_missingView_namesTheFileAndTheHeader() throws IOException {
        Path file = write("viewless.rq", "# title: T\n# description: no view here\n" + SELECT);
        assertThatThrownBy(() -> QueryCatalog.read(file)).isInstanceOf(QueryException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("# view:");
    }

    @Test
    void bind_parameter_putsValuesFirstInTheOuterWhereEvenWhenAHeaderSaysWhere() {
        CannedQuery q = new CannedQuery("p", "T", "where, when", "table", java.util.List.of("claim"),
                "# description: where, when\nSELECT * WHERE { ?claim ?p ?o }");
        assertThat(q.bind(java.util.Map.of("claim", "https://example.org/c/1")))
                .isEqualTo("# description: where, when\nSELECT * WHERE {\n  VALUES ?claim { <https://example.org/c/1> } ?claim ?p ?o }");
        assertThatThrownBy(() -> q.bind(java.util.Map.of("claim", "not an iri> } DROP ALL {")))
                .isInstanceOf(QueryException.class);
    }

    @Test
    void read_missingDescription_namesTheFileAndTheHeader() throws IOException {
        Path file = write("undescribed.rq", "# title: No description\n# view: table\n" + SELECT);
        assertThatThrownBy(() -> QueryCatalog.read(file)).isInstanceOf(QueryException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("# description:");
    }

    @Test
    void read_unknownView_namesTheFileTheViewAndTheChoices() throws IOException {
        Path file = write("pie.rq", "# title: Pie\n# description: a pie chart\n# view: pie\n" + SELECT);
        assertThatThrownBy(() -> QueryCatalog.read(file)).isInstanceOf(QueryException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("'pie'")
                .hasMessageContaining("table").hasMessageContaining("timeline").hasMessageContaining("map");
    }

    @Test
    void read_malformedSparql_namesTheFile() throws IOException {
        Path file = write("broken.rq", "# title: Broken\n# description: unclosed pattern\n# view: table\n"
                + "SELECT ?claim WHERE { ?claim a \n");
        assertThatThrownBy(() -> QueryCatalog.read(file)).isInstanceOf(QueryException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void from_folderWithOneBrokenFile_namesThatFile() throws IOException {
        write("good.rq", "# title: Good\n# description: fine\n# view: table\n" + SELECT);
        Path bad = write("bad.rq", "# title: Bad\n# description: undeclared prefix\n# view: table\n"
                + "SELECT ?x WHERE { ?x a nope:Thing }\n");
        assertThatThrownBy(() -> QueryCatalog.from(dir)).isInstanceOf(QueryException.class)
                .hasMessageContaining(bad.toString());
    }

    @Test
    void get_unknownName_listsTheKnownQueries() {
        assertThatThrownBy(() -> QueryCatalog.standard().get("no-such-query")).isInstanceOf(QueryException.class)
                .hasMessageContaining("no-such-query").hasMessageContaining("claims");
    }
}
