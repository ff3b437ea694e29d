package claimgraph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * The endpoints {@code SERVICE} may call. Without this an anonymous query could make the server fetch any URL
 * (server-side request forgery), so the list is checked twice: on the parsed query before it runs (a clear 403
 * naming the endpoint), and again by the service executor just before any HTTP call (catches endpoints bound
 * at run time, e.g. {@code SERVICE ?endpoint}). A routed endpoint is answered by the URL it is routed to, so a
 * canned query can name {@code https://query.wikidata.org/sparql} and still run against a local mirror or fixture.
 */
final class ServiceAllowList {
    static {
        JenaSystem.init(); // ARQ's symbols must exist before a context is filled, whatever touched Jena first
    }

    private final List<String> prefixes;
    private final Map<String, String> routes;

    ServiceAllowList(List<String> prefixes) {
        this(prefixes, Map.of());
    }

    /** {@code routes}: an endpoint named in a query mapped to the URL that answers for it; routed ones are allowed. */
    ServiceAllowList(List<String> prefixes, Map<String, String> routes) {
        List<String> all = new ArrayList<>(prefixes);
        all.addAll(routes.keySet());
        this.prefixes = List.copyOf(all);
        this.routes = Map.copyOf(routes);
    }

    /**
     * Whether a SERVICE URL is allowed: it equals a prefix or continues it at a path boundary, so that
     * {@code http://127.0.0.1:3031} does not also allow {@code http://127.0.0.1:30310/} or
     * {@code http://127.0.0.1:3031.example.org/}.
     */
    boolean allows(String url) {
        for (String p : prefixes) {
            if (url.equals(p)) {
                return true;
            }
            if (url.startsWith(p) && (p.endsWith("/") || "/?#".indexOf(url.charAt(p.length())) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** Why the query may not run, or empty when every SERVICE in it (however nested) is allowed. */
    Optional<String> refusal(Query query) {
        List<Node> endpoints = new ArrayList<>();
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                endpoints.add(op.getService());
            }
        }, new ExprVisitorBase()); // a non-null expression visitor makes the walk enter FILTER EXISTS patterns
        return endpoints.stream().filter(n -> !n.isURI() || !allows(n.getURI())).findFirst().map(this::reason);
    }

    private String reason(Node endpoint) {
        String what = endpoint.isURI() ? "SERVICE <" + endpoint.getURI() + ">" : "SERVICE " + endpoint;
        if (prefixes.isEmpty()) {
            return what + " refused: federated query is off on this server (start it with --allow-service URL)";
        }
        if (!endpoint.isURI()) {
            return what + " refused: the endpoint must be an IRI written in the query, starting with one of "
                    + prefixes;
        }
        return what + " refused: allowed endpoints start with one of " + prefixes;
    }

    /** Puts the run-time check in a query context, with plain HTTP as the only way to run a SERVICE. */
    void install(Context context) {
        context.set(ARQ.httpServiceAllowed, !prefixes.isEmpty());
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(ServiceExecutorRegistry.httpService);
        registry.addSingleLink(this::guard);
        ServiceExecutorRegistry.set(context, registry);
    }

    private QueryIterator guard(OpService opExecute, OpService opOriginal, Binding binding, ExecutionContext execCxt,
            ServiceExecutor chain) {
        Node endpoint = opExecute.getService();
        if (!endpoint.isURI() || !allows(endpoint.getURI())) {
            throw new QueryDeniedException(reason(endpoint));
        }
        String route = routes.get(endpoint.getURI());
        OpService op = route == null ? opExecute
                : new OpService(NodeFactory.createURI(route), opExecute.getSubOp(), opExecute.getSilent());
        return chain.createExecution(op, opOriginal, binding, execCxt);
    }
}
