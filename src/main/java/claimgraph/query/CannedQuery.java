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

    /**
     * The query text with each parameter bound to an IRI by a {@code VALUES} block placed first in the
     * WHERE clause, where the engine joins from it (a trailing VALUES would be applied after the whole pattern).
     */
    public String bind(java.util.Map<String, String> iris) {
        // comment lines (the headers) may say "where"; blank them before looking for the keyword
        String code = java.util.regex.Pattern.compile("(?m)^\\s*#.*$").matcher(sparql)
                .replaceAll(m -> " ".repeat(m.group().length()));
        java.util.regex.Matcher keyword = java.util.regex.Pattern.compile("(?i)\\bWHERE\\s*\\{").matcher(code);
        int where = keyword.find() ? keyword.end() - 1 : -1;
        if (where < 0 || iris.isEmpty()) {
            return sparql;
        }
        StringBuilder values = new StringBuilder();
        iris.forEach((name, iri) -> {
            if (!org.apache.jena.iri.IRIFactory.iriImplementation().create(iri).isAbsolute() || iri.contains(">")) {
                throw new QueryException("parameter " + name + ": not an absolute IRI: " + iri);
            }
            values.append("\n  VALUES ?").append(name).append(" { <").append(iri).append("> }");
        });
        return sparql.substring(0, where + 1) + values + sparql.substring(where + 1);
    }
}
