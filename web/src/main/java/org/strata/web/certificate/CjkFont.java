package org.strata.web.certificate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A font with Chinese characters for certificate documents: the file named by {@code STRATA_CJK_FONT}, else the first
 * of the usual Debian locations (fonts-wqy-microhei, fonts-noto-cjk) that exists. A collection (.ttc) gives its first
 * font. The font stays open for the life of the service, as PDF subsetting reads it when a document is saved.
 */
final class CjkFont {
    /** Where Debian's CJK font packages put their fonts. */
    static final List<Path> USUAL = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));

    private static final Object LOCK = new Object();
    private static volatile TrueTypeFont loaded;

    private CjkFont() {}

    /** Where the font is, if anywhere. */
    static Optional<Path> locate() {
        String named = System.getenv("STRATA_CJK_FONT");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isRegularFile);
        }
        return USUAL.stream().filter(Files::isRegularFile).findFirst();
    }

    /**
     * The font, loaded once.
     *
     * @throws IllegalStateException when no CJK font is installed, naming the package to install
     */
    static TrueTypeFont font() {
        TrueTypeFont known = loaded;
        if (known != null) {
            return known;
        }
        synchronized (LOCK) {
            if (loaded == null) {
                Path file = locate().orElseThrow(
                                () -> new IllegalStateException("no font with Chinese characters is installed"
                                        + " for certificate documents: apt-get install fonts-wqy-microhei, or set"
                                        + " STRATA_CJK_FONT to a .ttf or .ttc file"));
                loaded = open(file);
            }
            return loaded;
        }
    }

    private static TrueTypeFont open(Path file) {
        try {
            if (file.toString().endsWith(".ttc")) {
                // the collection stays open: its first font reads from it
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                AtomicReference<TrueTypeFont> first = new AtomicReference<>();
                collection.processAllFonts(f -> first.compareAndSet(null, f));
                if (first.get() == null) {
                    throw new IllegalStateException(file + " holds no font");
                }
                return first.get();
            }
            return new org.apache.fontbox.ttf.TTFParser()
                    .parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the font " + file + ": " + e.getMessage(), e);
        }
    }
}
