package claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves files from a classpath folder that many jars share, such as {@code META-INF/resources/webjars/}
 * (one jar per front-end library, so no single static-file base covers them). GET and HEAD only; directories
 * and paths with {@code ..} answer 404. WebJar paths carry the version, so responses may be cached for long.
 */
final class ClasspathFiles extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final String folder;

    /** {@code folder} is a classpath folder ending in {@code /}, e.g. {@code META-INF/resources/webjars/}. */
    ClasspathFiles(String folder) {
        this.folder = folder;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        URL url = path == null || path.contains("..") || path.contains("\\") || path.endsWith("/")
                ? null : ClasspathFiles.class.getClassLoader().getResource(folder + path.substring(1));
        URLConnection connection = url == null ? null : url.openConnection();
        if (connection == null || isDirectory(connection)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String type = getServletContext().getMimeType(path);
        response.setContentType(type == null ? "application/octet-stream" : type);
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        long length = connection.getContentLengthLong();
        if (length >= 0) {
            response.setContentLengthLong(length);
        }
        try (InputStream in = connection.getInputStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static boolean isDirectory(URLConnection connection) throws IOException {
        if (connection instanceof JarURLConnection jar) {
            return jar.getJarEntry() == null || jar.getJarEntry().isDirectory();
        }
        if (connection.getURL().getProtocol().equals("file")) {
            try {
                return Files.isDirectory(Path.of(connection.getURL().toURI()));
            } catch (URISyntaxException e) {
                throw new UncheckedIOException(new IOException(connection.getURL() + ": not a file URL", e));
            }
        }
        return false;
    }
}
