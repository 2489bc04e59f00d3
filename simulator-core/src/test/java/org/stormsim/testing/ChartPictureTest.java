package org.stormsim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The screenshot check on pictures made here, without a browser: a blank plot, or one showing only
 * grid, marks and target lines, is found blank; one with a series' line, anti-aliased or not, is
 * found drawn; and the picture's size and the charts in it are checked.
 */
class ChartPictureTest {
    private static final int BLUE = 0x1f77b4;
    private static final int RED = 0xd62728;
    private static final ChartPicture.Plot PLOT = new ChartPicture.Plot("chart-a", 100, 50, 1000, 160, List.of(BLUE, RED));
    private static final ChartPicture.Plot BELOW = new ChartPicture.Plot("chart-b", 100, 350, 1000, 160, List.of(BLUE));

    @Test
    void shouldFindAWhitePictureBlank() {
        ChartPicture picture = new ChartPicture(white(), List.of(PLOT));
        assertEquals(Map.of("chart-a", 0), picture.ink());
        assertEquals(List.of("chart-a"), picture.blank());
        assertThrows(AssertionError.class, () -> picture.assertDrawn(1280, 300, List.of("chart-a")));
    }

    @Test
    void shouldFindAPlotWithOnlyGridMarksAndTargetLinesBlank() {
        BufferedImage image = white();
        Graphics2D g = pen(image);
        g.setColor(new Color(0xededed));
        for (int y = 60; y < 210; y += 30) {
            g.drawLine(100, y, 1099, y);
        }
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0));
        g.setColor(new Color(0xbb2222)); // storm events and target lines: close to the second series' red, not it
        g.drawLine(400, 50, 400, 209);
        g.drawLine(100, 120, 1099, 120);
        g.setColor(new Color(0x1a7f1a)); // the answer's mark
        g.drawLine(700, 50, 700, 209);
        g.setColor(Color.BLACK); // an axis at the plot's edge
        g.fillRect(100, 50, 2, 160);
        ChartPicture picture = new ChartPicture(image, List.of(PLOT));
        assertEquals(List.of("chart-a"), picture.blank(), "ink: " + picture.ink());
    }

    @Test
    void shouldFindAPlotWithASeriesLineDrawn() {
        BufferedImage image = white();
        Graphics2D g = pen(image);
        g.setStroke(new BasicStroke(1.5f));
        g.setColor(new Color(RED));
        g.drawPolyline(new int[] {100, 400, 700, 1099}, new int[] {200, 80, 150, 60}, 4);
        ChartPicture picture = new ChartPicture(image, List.of(PLOT));
        assertTrue(picture.ink().get("chart-a") > 1000, "ink: " + picture.ink());
        picture.assertDrawn(1280, 300, List.of("chart-a"));
    }

    @Test
    void shouldFindEachChartOnItsOwn() {
        BufferedImage image = new BufferedImage(1280, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = pen(image);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1280, 600);
        g.setColor(new Color(BLUE)); // a line in the first chart only
        g.drawLine(100, 100, 1099, 100);
        ChartPicture picture = new ChartPicture(image, List.of(PLOT, BELOW));
        assertEquals(List.of("chart-a", "chart-b"), picture.inPicture());
        assertEquals(List.of("chart-b"), picture.blank());
        assertThrows(AssertionError.class, () -> picture.assertDrawn(1280, 600, List.of("chart-a", "chart-b")));
    }

    @Test
    void shouldCheckThePicturesSizeAndWhichChartsItShows() {
        BufferedImage image = white();
        Graphics2D g = pen(image);
        g.setColor(new Color(BLUE));
        g.drawLine(100, 100, 1099, 100);
        ChartPicture picture = new ChartPicture(image, List.of(PLOT, BELOW));
        assertEquals(List.of("chart-a"), picture.inPicture(), "chart-b lies below the picture");
        picture.assertDrawn(1280, 300, List.of("chart-a"));
        assertThrows(AssertionError.class, () -> picture.assertDrawn(1280, 400, List.of("chart-a")));
        assertThrows(AssertionError.class, () -> picture.assertDrawn(1280, 300, List.of("chart-a", "chart-b")));
        assertThrows(AssertionError.class, () -> picture.assertDrawn(1280, 300, List.of()));
    }

    @Test
    void shouldTakeAPixelHalfCoveredByTheSeriesColourForIt() {
        assertTrue(ChartPicture.shows(RED, RED));
        assertTrue(ChartPicture.shows(blend(RED, 0.6), RED));
        assertFalse(ChartPicture.shows(blend(RED, 0.3), RED), "mostly white");
        assertFalse(ChartPicture.shows(0xbb2222, RED), "the marks' red");
        assertFalse(ChartPicture.shows(BLUE, RED));
        assertFalse(ChartPicture.shows(0xffffff, RED));
    }

    private static BufferedImage white() {
        BufferedImage image = new BufferedImage(1280, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1280, 300);
        return image;
    }

    private static Graphics2D pen(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    /** {@code colour} covering {@code share} of a pixel on white. */
    private static int blend(int colour, double share) {
        int rgb = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int c = colour >> shift & 0xff;
            rgb |= (int) Math.round(share * c + (1 - share) * 255) << shift;
        }
        return rgb;
    }
}
