package skein.cli.bench;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * The charts of a benchmark (XChart): per workload, the speedup against the number of threads,
 * one series per mode and a dashed "ideal" line (speedup = threads). Written as one image per
 * workload ({@code charts/NAME.png} and {@code .svg}) and as a combined grid of all workloads
 * ({@code speedup.png}, {@code speedup.svg}; four panels a row).
 */
public final class SpeedupCharts {
    static final int WIDTH = 420, HEIGHT = 300, COLUMNS = 4;

    /** One colour per mode, the same in every panel. */
    private static final Map<Mode, Color> COLOURS = Map.of(
            Mode.GIL, new Color(0xD6, 0x27, 0x28),
            Mode.ATOMIC, new Color(0xFF, 0x7F, 0x0E),
            Mode.BIASED, new Color(0x1F, 0x77, 0xB4),
            Mode.PYTHON3, new Color(0x2C, 0xA0, 0x2C));

    private SpeedupCharts() {}

    /** Writes every chart into {@code dir}; returns the files written. */
    public static List<Path> write(Path dir, Summary summary) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<Path> files = new ArrayList<>();
        Path charts = Files.createDirectories(dir.resolve("charts"));
        List<XYChart> all = new ArrayList<>();
        for (String w : summary.workloads()) {
            XYChart chart = chart(summary, w);
            all.add(chart);
            Path png = charts.resolve(w + ".png");
            try (OutputStream out = Files.newOutputStream(png)) {
                BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            }
            Path svg = charts.resolve(w + ".svg");
            try (OutputStream out = Files.newOutputStream(svg)) {
                VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            }
            files.add(png);
            files.add(svg);
        }
        int cols = Math.min(COLUMNS, all.size());
        int rows = (all.size() + cols - 1) / cols;
        Path png = dir.resolve("speedup.png");
        try (OutputStream out = Files.newOutputStream(png)) {
            writePngGrid(all, rows, cols, out);
        }
        Path svg = dir.resolve("speedup.svg");
        try (OutputStream out = Files.newOutputStream(svg)) {
            writeSvgGrid(all, rows, cols, out);
        }
        files.add(png);
        files.add(svg);
        return files;
    }

    /** The speedup chart of one workload. */
    static XYChart chart(Summary s, String workload) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(workload)
                .xAxisTitle("threads").yAxisTitle("speedup").build();
        Styler st = chart.getStyler();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern("0.0");
        chart.getStyler().setYAxisMin(0.0);
        st.setLegendFont(st.getLegendFont().deriveFont(10f));
        List<Integer> ts = s.threads();
        int max = ts.get(ts.size() - 1);
        // room for the ideal line and for every point (noise can put one above the ideal)
        double top = max;
        for (Mode m : s.modes()) {
            for (int t : ts) {
                double v = s.speedup(workload, m, t);
                if (Double.isFinite(v)) top = Math.max(top, v);
            }
        }
        chart.getStyler().setYAxisMax(Math.max(2.0, Math.ceil(top * 1.1 * 2) / 2));
        chart.getStyler().setXAxisMin(1.0);
        chart.getStyler().setXAxisMax((double) Math.max(2, max));
        List<Double> idealX = List.of(1.0, (double) Math.max(2, max));
        XYSeries ideal = chart.addSeries("ideal", idealX, idealX);
        ideal.setLineColor(Color.GRAY);
        ideal.setLineStyle(SeriesLines.DASH_DASH);
        ideal.setMarker(SeriesMarkers.NONE);
        for (Mode m : s.modes()) {
            List<Double> x = new ArrayList<>(), y = new ArrayList<>();
            for (int t : ts) {
                double v = s.speedup(workload, m, t);
                if (Double.isFinite(v)) {
                    x.add((double) t);
                    y.add(v);
                }
            }
            if (x.isEmpty()) continue;
            XYSeries series = chart.addSeries(m.label, x, y);
            series.setLineColor(COLOURS.get(m));
            series.setMarkerColor(COLOURS.get(m));
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setLineStyle(new BasicStroke(2f));
        }
        return chart;
    }

    /**
     * The grid as one PNG. (XChart's own grid encoder expects rows x columns charts exactly;
     * the last row here may be short.)
     */
    static void writePngGrid(List<XYChart> charts, int rows, int cols, OutputStream out) throws IOException {
        BufferedImage image = new BufferedImage(cols * WIDTH, rows * HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        paintGrid(g, charts, rows, cols);
        g.dispose();
        ImageIO.write(image, "png", out);
    }

    /** The grid as one SVG: each chart painted into its cell of one vector canvas. */
    static void writeSvgGrid(List<XYChart> charts, int rows, int cols, OutputStream out) throws IOException {
        VectorGraphics2D g = new VectorGraphics2D();
        paintGrid(g, charts, rows, cols);
        Document doc = new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, cols * WIDTH, rows * HEIGHT));
        doc.writeTo(out);
    }

    private static void paintGrid(Graphics2D g, List<XYChart> charts, int rows, int cols) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, cols * WIDTH, rows * HEIGHT);
        for (int i = 0; i < charts.size(); i++) {
            Graphics2D cell = (Graphics2D) g.create();
            cell.translate((i % cols) * WIDTH, (i / cols) * HEIGHT);
            cell.setClip(0, 0, WIDTH, HEIGHT);
            charts.get(i).paint(cell, WIDTH, HEIGHT);
            cell.dispose();
        }
    }
}
