package org.strata.web.viewer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * How many pixels of a screenshot's map area have the legend's colours — green surface parcels, blue units,
 * purple underground strata, orange above-ground strata, the 2D map's yellow parcels — so a test can tell a drawn
 * scene from a blank canvas.
 *
 * @param green surface (GB) pixels
 * @param blue unit pixels
 * @param purple underground (GX) pixels
 * @param orange above-ground (GS) pixels
 * @param red highlighted pixels
 * @param yellow the 2D map's parcel pixels (and its overview squares)
 */
record Colours(int green, int blue, int purple, int orange, int red, int yellow) {
    /** The map area: left of the side panel. */
    private static final int MAP_WIDTH = 1030;

    static Colours of(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        int green = 0;
        int blue = 0;
        int purple = 0;
        int orange = 0;
        int red = 0;
        int yellow = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < Math.min(MAP_WIDTH, image.getWidth()); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                // purple before blue: a light purple is blue enough, but no unit blue is redder than it is green
                if (g > r + 25 && g > b + 15) {
                    green++;
                } else if (r > g + 30 && b > g + 40) {
                    purple++;
                } else if (b > r + 40 && b > g + 10) {
                    blue++;
                } else if (r > 180 && g > 100 && g < 190 && b < 110 && r > g + 50) {
                    orange++;
                } else if (r > 170 && g < 90 && b < 90) {
                    red++;
                } else if (r > 180 && b < 180 && r - b > 60 && g > b && r - g < 50) {
                    yellow++;
                }
            }
        }
        return new Colours(green, blue, purple, orange, red, yellow);
    }
}
