package org.stormsim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A screenshot of a stormsim page read for what it shows of each chart: the PNG decoded, and each
 * chart's plot area (where uPlot draws the series; its place on the page as Chromium laid it out,
 * see {@link HeadlessChromium#screenshot}) searched for the colours of the chart's series. Axes,
 * grid, titles, target lines and marks are drawn outside the plot area or in colours of their own,
 * so a chart whose series drew nothing shows none of its series' colours, however much else it
 * shows. Positions and sizes are in the picture's pixels. Test threads only.
 */
public final class ChartPicture {
    /**
     * The fewest pixels in a series' colour for a chart to count as drawn: a line across a tenth of
     * the narrowest plot (about 1100 pixels wide) has more, an empty plot none.
     */
    public static final int MIN_INK = 100;

    /** Where chart {@code id} drew its plot in the picture, and the colours of its series (0xRRGGBB). */
    public record Plot(String id, int x, int y, int width, int height, List<Integer> colours) {
        boolean inside(BufferedImage image) {
            return x >= 0 && y >= 0 && width > 0 && height > 0 && x + width <= image.getWidth() && y + height <= image.getHeight();
        }
    }

    private final BufferedImage image;
    private final List<Plot> plots;

    public ChartPicture(BufferedImage image, List<Plot> plots) {
        this.image = image;
        this.plots = List.copyOf(plots);
    }

    /** The PNG at {@code png}, with the charts laid out as {@code plots}. */
    public static ChartPicture read(Path png, List<Plot> plots) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image != null, png + " is not an image");
        return new ChartPicture(image, plots);
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    /** The ids of the charts whose plot lies wholly in the picture, in page order. */
    public List<String> inPicture() {
        return plots.stream().filter(p -> p.inside(image)).map(Plot::id).toList();
    }

    /** For each chart in the picture, the pixels of its plot in one of its series' colours. */
    public Map<String, Integer> ink() {
        Map<String, Integer> ink = new LinkedHashMap<>();
        for (Plot p : plots) {
            if (p.inside(image)) {
                ink.put(p.id(), ink(p));
            }
        }
        return ink;
    }

    /** The charts in the picture showing fewer than {@link #MIN_INK} pixels in their series' colours. */
    public List<String> blank() {
        List<String> blank = new ArrayList<>();
        ink().forEach((id, n) -> {
            if (n < MIN_INK) {
                blank.add(id);
            }
        });
        return blank;
    }

    /**
     * Asserts the picture is {@code width} x {@code height}, shows the plots of {@code charts} (in
     * page order, no more, no fewer) and that each of them shows its series drawn.
     */
    public void assertDrawn(int width, int height, List<String> charts) {
        assertEquals(width + " x " + height, width() + " x " + height(), "the picture's size");
        assertEquals(charts, inPicture(), "the charts in the picture");
        assertFalse(charts.isEmpty(), "no chart in the picture");
        assertEquals(List.of(), blank(), "charts with no series drawn (pixels in their series' colours: " + ink() + ")");
    }

    private int ink(Plot p) {
        int n = 0;
        for (int y = p.y(); y < p.y() + p.height(); y++) {
            for (int x = p.x(); x < p.x() + p.width(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                for (int c : p.colours()) {
                    if (shows(rgb, c)) {
                        n++;
                        break;
                    }
                }
            }
        }
        return n;
    }

    /**
     * Whether pixel {@code rgb} is series colour {@code colour} over the white page, covering at
     * least half of the pixel (a line's edges are blended with the white by anti-aliasing): the
     * pixel is colour x a + white x (1 - a), a from 0.5 to 1, within 12 levels in each channel.
     */
    static boolean shows(int rgb, int colour) {
        double dot = 0;
        double norm = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int p = 255 - (rgb >> shift & 0xff);
            int c = 255 - (colour >> shift & 0xff);
            dot += p * c;
            norm += c * c;
        }
        if (norm == 0) {
            return false;
        }
        double a = Math.min(1.0, dot / norm);
        if (a < 0.5) {
            return false;
        }
        for (int shift = 0; shift <= 16; shift += 8) {
            double expected = 255 - a * (255 - (colour >> shift & 0xff));
            if (Math.abs((rgb >> shift & 0xff) - expected) > 12) {
                return false;
            }
        }
        return true;
    }
}
