package org.strata.web.http;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * The server's one handler, in front of the application and its static files: refuses paths that try to escape or confuse routing (an encoded NUL, slash or
 * backslash, double encoding, {@code .} or {@code ..} segments, control characters) with a JSON 400, and adds the
 * security headers to every answer before the handler runs.
 */
public final class GuardedHandler extends HttpHandler {
    private static final ErrorPageGenerator PAGES = new JsonErrorPages();

    private final HttpHandler application;
    private final String filesPrefix;
    private final HttpHandler files;

    /**
     * Guards an application and the static files served under a path prefix.
     *
     * @param filesPrefix the prefix of the files' paths, such as {@code /viewer/}
     * @param files serves a request whose path starts with the prefix, resolving the whole path
     */
    GuardedHandler(HttpHandler application, String filesPrefix, HttpHandler files) {
        this.application = application;
        this.filesPrefix = filesPrefix;
        this.files = files;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        SecurityHeaders.add(request.getRequestURI(), response);
        String problem = pathProblem(request.getRequestURI());
        if (problem != null) {
            refuse(response, 400, "invalid-path", problem);
            return;
        }
        String path = request.getRequestURI();
        if (path.equals(filesPrefix.substring(0, filesPrefix.length() - 1))) {
            response.sendRedirect(filesPrefix);
        } else if (path.startsWith(filesPrefix)) {
            files.service(request, response);
        } else {
            application.service(request, response);
        }
    }

    /** What is wrong with a raw (undecoded) request path, or null when nothing is. */
    static String pathProblem(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return "the path must start with /";
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        for (String banned : new String[] {"%00", "%2f", "%5c", "%25"}) {
            if (lower.contains(banned)) {
                return "the path holds an encoded "
                        + switch (banned) {
                            case "%00" -> "NUL";
                            case "%2f" -> "slash";
                            case "%5c" -> "backslash";
                            default -> "percent sign (double encoding)";
                        };
            }
        }
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return "the path holds a control character or a backslash";
            }
            if (c == '%' && (i + 2 >= rawPath.length() || !hex(rawPath.charAt(i + 1)) || !hex(rawPath.charAt(i + 2)))) {
                return "the path holds a '%' that does not start a percent-encoded byte";
            }
        }
        for (String segment : lower.replace("%2e", ".").split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return "the path holds a '.' or '..' segment";
            }
        }
        return null;
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static void refuse(Response response, int status, String code, String message) throws Exception {
        byte[] body = JsonErrorPages.body(status, code, message).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    protected ErrorPageGenerator getErrorPageGenerator(Request request) {
        return PAGES;
    }

    @Override
    public void start() {
        application.start();
        files.start();
    }

    @Override
    public void destroy() {
        application.destroy();
        files.destroy();
    }
}
