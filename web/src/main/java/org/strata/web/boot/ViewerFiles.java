package org.strata.web.boot;

import org.glassfish.grizzly.http.server.CLStaticHttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.util.MimeType;

/**
 * Serves the viewer's static files — the pages, their scripts and the CesiumJS build copied from npm by the build
 * — from the class path under {@code /viewer/}.
 */
final class ViewerFiles {
    private ViewerFiles() {}

    static void register(HttpServer http) {
        MimeType.add("wasm", "application/wasm");
        MimeType.add("json", "application/json");
        MimeType.add("glb", "model/gltf-binary");
        MimeType.add("ktx2", "image/ktx2");
        MimeType.add("mjs", "text/javascript");
        CLStaticHttpHandler files = new CLStaticHttpHandler(ViewerFiles.class.getClassLoader(), "/viewer/");
        files.setFileCacheEnabled(true);
        http.getServerConfiguration().addHttpHandler(files, "/viewer");
    }
}
