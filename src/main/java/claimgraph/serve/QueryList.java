package claimgraph.serve;

import claimgraph.query.CannedQuery;
import claimgraph.query.QueryCatalog;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** {@code GET /api/queries}: the canned queries as a JSON array of {name, title, description, view, params, sparql}. */
final class QueryList extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final byte[] body;

    QueryList(QueryCatalog catalog) {
        JsonArray array = new JsonArray();
        for (CannedQuery q : catalog.all()) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("title", q.title());
            o.put("description", q.description());
            o.put("view", q.view());
            JsonArray params = new JsonArray();
            q.params().forEach(params::add);
            o.put("params", params);
            o.put("sparql", q.sparql());
            array.add(o);
        }
        this.body = JSON.toString(array).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json; charset=utf-8");
        response.setContentLength(body.length);
        response.setHeader("Cache-Control", "no-cache");
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }
}
