package claimgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

class ServiceAllowListTest {
    private final ServiceAllowList list = new ServiceAllowList(List.of("http://127.0.0.1:3031", "https://query.example.org/sparql/"));

    @Test
    void allows_prefixFollowedByAPathBoundary_only() {
        assertThat(list.allows("http://127.0.0.1:3031")).isTrue();
        assertThat(list.allows("http://127.0.0.1:3031/ds/sparql")).isTrue();
        assertThat(list.allows("https://query.example.org/sparql/x")).isTrue();
        assertThat(list.allows("http://127.0.0.1:30310/ds")).isFalse();
        assertThat(list.allows("http://127.0.0.1:3031.evil.example/ds")).isFalse();
        assertThat(list.allows("http://127.0.0.1:3031@evil.example/ds")).isFalse();
        assertThat(list.allows("https://query.example.org/sparqlx")).isFalse();
    }

    @Test
    void refusal_namesTheFirstEndpointNotAllowed() {
        assertThat(list.refusal(QueryFactory.create("SELECT * { SERVICE <http://127.0.0.1:3031/ds> { ?s ?p ?o } }")))
                .isEmpty();
        assertThat(list.refusal(QueryFactory.create("SELECT * { SERVICE <http://127.0.0.2/x> { ?s ?p ?o } }")))
                .hasValueSatisfying(m -> assertThat(m).startsWith("SERVICE <http://127.0.0.2/x> refused"));
        assertThat(new ServiceAllowList(List.of()).refusal(QueryFactory.create("SELECT * { SERVICE <http://a.example/> {} }")))
                .hasValueSatisfying(m -> assertThat(m).contains("federated query is off"));
    }

    @Test
    void guard_endpointBoundAtRunTime_isDeniedBeforeAnyCall() {
        Context context = new Context();
        list.install(context);
        String query = "SELECT * { VALUES ?e { <http://127.0.0.2:9/sparql> } SERVICE ?e { ?s ?p ?o } }";
        assertThatThrownBy(() -> {
            try (QueryExec qe = QueryExec.newBuilder().dataset(DatasetGraphFactory.createTxnMem()).query(query)
                    .context(context).build()) {
                qe.select().materialize();
            }
        }).isInstanceOf(QueryDeniedException.class).hasMessageContaining("SERVICE <http://127.0.0.2:9/sparql> refused");
    }
}
