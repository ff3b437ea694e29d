package claimgraph.query;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** The query stage's entry point: the canned queries shipped in {@code queries/}, and running them. */
public final class QueryCatalog {
    static final Set<String> VIEWS = Set.of("table", "timeline", "bar", "map", "graph");
    private final Map<String, CannedQuery> queries;

    private QueryCatalog(Map<String, CannedQuery> queries) {
        this.queries = queries;
    }

    /** The queries inside the jar (or the classpath folder in development). */
    public static QueryCatalog standard() {
        URL url = QueryCatalog.class.getResource("/queries/claims.rq");
        if (url == null) {
            throw new QueryException("queries/claims.rq missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return from(fs.getPath("/queries"));
            }
            return from(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new QueryException("cannot list the canned queries: " + e.getMessage(), e);
        }
    }

    /** The queries in a folder. */
    public static QueryCatalog from(Path folder) {
        Map<String, CannedQuery> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                CannedQuery q = read(p);
                found.put(q.name(), q);
            }
        } catch (IOException e) {
            throw new QueryException(folder + ": cannot list queries (" + e.getMessage() + ")", e);
        }
        return new QueryCatalog(found);
    }

    /** Reads one {@code .rq} file with its header comments; the query must parse. */
    public static CannedQuery read(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QueryException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return parse(name, text, file.toString());
    }

    static CannedQuery parse(String name, String text, String where) {
        String title = null;
        String description = null;
        String view = null;
        List<String> params = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                if (l.isEmpty()) {
                    continue;
                }
                break;
            }
            String body = l.substring(1).strip();
            int colon = body.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = body.substring(0, colon).strip();
            String value = body.substring(colon + 1).strip();
            switch (key) {
                case "title" -> title = value;
                case "description" -> description = value;
                case "view" -> view = value;
                case "param" -> params.add(value.split("\\s+")[0]);
                default -> { }
            }
        }
        if (title == null || description == null || view == null) {
            throw new QueryException(where + ": missing '# title:', '# description:' or '# view:' header");
        }
        if (!VIEWS.contains(view)) {
            throw new QueryException(where + ": view '" + view + "' is not one of " + VIEWS);
        }
        try {
            QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new QueryException(where + ": " + e.getMessage().lines().findFirst().orElse("parse error"), e);
        }
        return new CannedQuery(name, title, description, view, params, text);
    }

    public List<CannedQuery> all() {
        return List.copyOf(queries.values());
    }

    public CannedQuery get(String name) {
        CannedQuery q = queries.get(name);
        if (q == null) {
            throw new QueryException("no canned query named '" + name + "' (known: " + queries.keySet() + ")");
        }
        return q;
    }

    /**
     * Runs a SELECT query over a dataset whose default graph is the union of its named graphs; each binding
     * (variable name to IRI) is substituted before execution.
     */
    public static Table select(String sparql, DatasetGraph dsg, Map<String, String> bindings) {
        Query query;
        try {
            query = QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new QueryException("malformed query: " + e.getMessage(), e);
        }
        if (!query.isSelectType()) {
            throw new QueryException("only SELECT queries give a table");
        }
        DatasetGraph view = dsg;
        if (!org.apache.jena.tdb2.sys.TDBInternal.isTDB2(dsg)) { // TDB2 stores give the union themselves
            view = DatasetGraphFactory.createGeneral(dsg.getUnionGraph());
            DatasetGraph target = view;
            dsg.listGraphNodes().forEachRemaining(n -> target.addGraph(n, dsg.getGraph(n)));
        }
        var builder = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(view));
        bindings.forEach((name, iri) -> builder.substitution(name, ResourceFactory.createResource(iri)));
        try (QueryExecution qe = builder.build()) {
            return Table.from(qe.execSelect());
        }
    }
}
