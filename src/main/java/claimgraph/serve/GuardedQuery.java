package claimgraph.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.web.HttpSC;

/** Fuseki's SPARQL query operation, refusing (403) a query whose SERVICE calls are not on the allow-list. */
final class GuardedQuery extends SPARQL_QueryDataset {
    private final ServiceAllowList services;

    GuardedQuery(ServiceAllowList services) {
        this.services = services;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        services.refusal(query).ifPresent(reason -> ServletOps.error(HttpSC.FORBIDDEN_403, reason));
    }
}
