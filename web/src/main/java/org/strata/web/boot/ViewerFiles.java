package org.strata.web.boot;

import org.glassfish.grizzly.http.server.CLStaticHttpHandler;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.util.MimeType;

/**
 * Serves the viewer's static files — the pages, their scripts and the CesiumJS build copied from npm by the build
 * — from the class path under {@code /viewer/}.
 */
final class ViewerFiles {
    private ViewerFiles() {}

    /** The path prefix the viewer is served under. */
    static final String PREFIX = "/viewer/";

    /** The handler of the viewer's files: the whole request path is looked up on the class path. */
    static HttpHandler handler() {
        MimeType.add("wasm", "application/wasm");
        MimeType.add("json", "application/json");
        MimeType.add("glb", "model/gltf-binary");
        MimeType.add("ktx2", "image/ktx2");
        MimeType.add("mjs", "text/javascript");
        CLStaticHttpHandler files = new CLStaticHttpHandler(ViewerFiles.class.getClassLoader(), "/");
        files.setFileCacheEnabled(true);
        return files;
    }
}
