package claimgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Cross-origin access for a public read-only endpoint: any origin may query (GET, POST, and the OPTIONS
 * preflight), never with credentials, and no method that writes. Fuseki's own {@code enableCors(true)} also
 * allows PUT, DELETE and credentials, and takes other settings only from a file, hence this filter.
 */
final class Cors implements Filter {
    private static final Map<String, String> SETTINGS = Map.of(
            CrossOriginFilter.ALLOWED_ORIGINS_PARAM, "*",
            CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,POST,OPTIONS",
            CrossOriginFilter.ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin",
            CrossOriginFilter.EXPOSED_HEADERS_PARAM, "Content-Type,Content-Length,Content-Disposition",
            CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
            CrossOriginFilter.PREFLIGHT_MAX_AGE_PARAM, "1800",
            CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");

    private final CrossOriginFilter filter = new CrossOriginFilter();

    @Override
    public void init(FilterConfig config) throws ServletException {
        filter.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return "cors";
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return SETTINGS.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(SETTINGS.keySet());
            }
        });
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        filter.doFilter(request, response, chain);
    }

    @Override
    public void destroy() {
        filter.destroy();
    }
}
