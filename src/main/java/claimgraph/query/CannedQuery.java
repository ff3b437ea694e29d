package claimgraph.query;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One query of {@code queries/}: its name (file name without {@code .rq}), the header comments
 * ({@code # title:}, {@code # description:}, {@code # view:}, {@code # param:}) and the SPARQL text.
 */
public record CannedQuery(String name, String title, String description, String view, List<String> params,
        String sparql) {
    public CannedQuery {
        requireNonNull(name, "name");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        requireNonNull(view, "view");
        params = List.copyOf(params);
        requireNonNull(sparql, "sparql");
    }
}
