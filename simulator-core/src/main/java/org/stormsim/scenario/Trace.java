package org.stormsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stormsim.catalogue.AlertCatalogue;
import org.stormsim.catalogue.AlertCode;

/**
 * A trace of observed alert volumes, read from CSV in one of three shapes, told apart by the header:
 * {@code intervalStart,region,alertCode,count} (the interval's start as a duration from the start of
 * the run, {@code 0s}, {@code 1h}, or plain seconds; the region; the alert code; the alerts observed,
 * spread over the region's hubs: {@link #series}); and the device-keyed shapes
 * {@code intervalStart,region,alertCode,combination,devices,count[,skew][,deviceType]} and the monthly
 * alert report {@code month,region,alertCode,combination,devices,volume[,skew][,deviceType]}
 * ({@link #deviceSeries}, read by {@link DeviceTraceReader}). Every malformed line is reported with
 * its line number. Loaded with the scenario that replays it ({@link DccReplay#trace()}), so its content
 * is part of the resolved scenario (and of its hash). Immutable once read.
 */
public record Trace(List<Series> series, List<DeviceSeries> deviceSeries) implements java.io.Serializable {
    /** One series: the counts of one (region index, alert code index) per interval index. */
    public record Series(int region, int code, long[] counts) implements java.io.Serializable {
    }

    private static final int MAX_PROBLEMS = 50;
    /** The most intervals from the start of the run a trace may reach: its series are arrays of that length. */
    static final long MAX_INTERVALS = 10_000_000;
    /** The largest trace file, bytes (100 MB: some four million lines). */
    static final long MAX_BYTES = 100L * 1024 * 1024;
    /** {@link #intervalIndex}: a start that is no duration, or too late. */
    static final long UNREADABLE = -1;
    /** {@link #intervalIndex}: a start off the start of an interval. */
    static final long MISALIGNED = -2;
    private static final List<String> HEADER = List.of("intervalStart", "region", "alertCode", "count");

    public Trace {
        series = List.copyOf(series);
        deviceSeries = List.copyOf(deviceSeries);
    }

    /** The trace a scenario replays (its path relative to the scenario file), or null when it replays none. */
    public static Trace of(DccScenario scenario, Path scenarioFile) throws InvalidScenarioException {
        return of(scenario, scenarioFile, new Location(scenarioFile.toString(), 0, 0));
    }

    /**
     * As {@link #of(DccScenario, Path)}, reporting a trace file that cannot be
     * read at {@code writtenAt}, where {@code replay.file} was written (the scenario's line, or a --set).
     */
    public static Trace of(DccScenario scenario, Path scenarioFile, Location writtenAt) throws InvalidScenarioException {
        if (scenario.replay() == null) {
            return null;
        }
        Path file = scenarioFile.resolveSibling(scenario.replay().file()).normalize();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidScenarioException(List.of(new Problem(writtenAt, "replay.file", "'" + scenario.replay().file() + "'",
                    (Files.isDirectory(file) ? "a folder, not a trace file" : Files.exists(file) ? "cannot read the trace file (permission denied)"
                            : "no such trace file") + " (looked for " + file.toAbsolutePath() + "; the path is relative to the scenario file)")));
        }
        return read(file, scenario.replay().interval().micros(), scenario);
    }

    /** Reads {@code file}, whose intervals are {@code interval} long, checking no device-keyed row against a population. */
    public static Trace read(Path file, long interval) throws InvalidScenarioException {
        return read(file, interval, null);
    }

    /**
     * Reads {@code file}, whose intervals are {@code interval} long; a device-keyed row is checked
     * against {@code scenario}'s population unless it is null.
     */
    public static Trace read(Path file, long interval, DccScenario scenario) throws InvalidScenarioException {
        String name = file.toString();
        List<DeviceSeries> devices = List.of();
        List<Problem> problems = new ArrayList<>();
        Map<String, TreeMap<Long, Long>> byKey = new TreeMap<>();
        if (interval <= 0) {
            throw new IllegalArgumentException("a trace's interval must be more than zero: " + interval);
        }
        String text = text(file, name);
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).disable(CsvParser.Feature.ALLOW_TRAILING_COMMA);
        try (MappingIterator<List<String>> rows = mapper.readerFor(List.class).with(CsvSchema.emptySchema()).readValues(text)) {
            List<String> header = rows.hasNextValue() ? rows.nextValue() : null;
            if (header != null && DeviceTraceReader.claims(header)) {
                DeviceTraceReader reader = new DeviceTraceReader(name, text, header, interval, scenario);
                readDeviceRows(rows, reader, name, problems);
                devices = reader.series();
            }
            boolean headerOk = header != null && !DeviceTraceReader.claims(header) && checkHeader(header, name, problems);
            while (headerOk && rows.hasNextValue() && problems.size() < MAX_PROBLEMS) {
                int line = rows.getParser().currentLocation().getLineNr();
                List<String> fields = rows.nextValue();
                Location at = new Location(name, line, 1);
                if (fields.size() != HEADER.size()) {
                    problems.add(new Problem(at, "", String.join(",", fields), fields.size() + " field" + (fields.size() == 1 ? "" : "s")
                            + (fields.size() > HEADER.size() && fields.get(fields.size() - 1).isEmpty() ? " (a trailing comma adds an empty one)" : "")
                            + "; allowed: exactly 4, intervalStart,region,alertCode,count"));
                    continue;
                }
                readRow(fields, at, interval, byKey, problems);
            }
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            problems.add(new Problem(new Location(name, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr()), "",
                    null, "not a valid trace CSV: " + e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(new Location(name, 0, 0), "", null, "cannot read the trace: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        return new Trace(toSeries(byKey), devices);
    }

    private static void readDeviceRows(MappingIterator<List<String>> rows, DeviceTraceReader reader, String name, List<Problem> problems)
            throws IOException {
        if (!reader.checkHeader(problems)) {
            return;
        }
        while (rows.hasNextValue() && problems.size() < MAX_PROBLEMS) {
            int line = rows.getParser().currentLocation().getLineNr();
            List<String> fields = rows.nextValue();
            if (fields.size() != reader.width()) {
                problems.add(new Problem(new Location(name, line, 1), "", String.join(",", fields), fields.size() + " field"
                        + (fields.size() == 1 ? "" : "s") + "; allowed: exactly " + reader.width() + ", as the header names them: "
                        + reader.headerText()));
                continue;
            }
            reader.row(fields, line, problems);
        }
    }

    /** The file's text; a file that cannot be read, or is not UTF-8 text, is one problem. */
    private static String text(Path file, String name) throws InvalidScenarioException {
        String why;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidScenarioException(List.of(new Problem(new Location(name, 0, 0), "", null,
                        "the trace is too large (more than 100 MB); allowed: a trace file of at most 100 MB")));
            }
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            if (s.indexOf('\0') < 0) {
                return s;
            }
            why = "the trace is binary, not CSV text";
        } catch (CharacterCodingException e) {
            why = "the trace is not UTF-8 text";
        } catch (IOException e) {
            why = "cannot read the trace file: " + e.getMessage();
        }
        throw new InvalidScenarioException(List.of(new Problem(new Location(name, 0, 0), "", null,
                why + "; a trace is a CSV text file with the header intervalStart,region,alertCode,count")));
    }

    private static boolean checkHeader(List<String> cols, String name, List<Problem> problems) {
        if (!cols.equals(HEADER)) {
            problems.add(new Problem(new Location(name, 1, 1), "", String.join(",", cols),
                    "the header must be exactly one of: " + DeviceTraceReader.shapes()));
            return false;
        }
        return true;
    }

    private static void readRow(List<String> row, Location at, long interval, Map<String, TreeMap<Long, Long>> byKey,
                                List<Problem> problems) {
        String start = row.get(0).trim();
        String region = row.get(1).trim();
        String code = row.get(2).trim();
        String count = row.get(3).trim();
        long index = intervalIndex(start, at, interval, problems);
        if (index == UNREADABLE) {
            return; // the other fields are checked when the start is merely off an interval's start
        }
        if (DccScenario.REGIONS.indexOf(region) < 0) {
            problems.add(new Problem(at, "region", region, "unknown region; allowed: N, C, S"));
        }
        AlertCode c = AlertCatalogue.get().find(code);
        if (c == null) {
            problems.add(new Problem(at, "alertCode", code, "unknown alert code; allowed: a GBCS alert code such as 8F3E"));
        }
        long n;
        try {
            n = Long.parseLong(count);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0) {
            problems.add(new Problem(at, "count", count, "allowed: a whole number of alerts, 0 or more"));
        }
        if (c != null && n >= 0 && DccScenario.REGIONS.indexOf(region) >= 0 && index >= 0) {
            byKey.computeIfAbsent(region + "," + c.code(), k -> new TreeMap<>()).merge(index, n, Long::sum);
        }
    }

    /**
     * The index of the interval {@code start} begins (a duration from the start of the run, or whole
     * seconds), or, with a problem added, {@link #UNREADABLE} when it is not a duration or too late and
     * {@link #MISALIGNED} when it is not at the start of an interval {@code interval} microseconds long.
     */
    static long intervalIndex(String start, Location at, long interval, List<Problem> problems) {
        long t;
        try {
            t = start.matches("[0-9]+") ? Math.multiplyExact(Long.parseLong(start), 1_000_000L) : SimDuration.parse(start).micros();
        } catch (InvalidValueException | ArithmeticException | NumberFormatException e) {
            problems.add(new Problem(at, "intervalStart", start, "allowed: a duration from the start of the run, e.g. 0s, 1h, or whole seconds"
                    + " (at most about 73,000 years)"));
            return UNREADABLE;
        }
        if (t / interval >= MAX_INTERVALS) {
            problems.add(new Problem(at, "intervalStart", start, "too late; allowed: within the first " + MAX_INTERVALS
                    + " intervals of the run (replay.interval is " + interval / 1_000_000.0 + " s)"));
            return UNREADABLE;
        }
        if (t % interval != 0) {
            problems.add(new Problem(at, "intervalStart", start, "not at the start of an interval (replay.interval is " + interval / 1_000_000.0 + " s)"));
            return MISALIGNED;
        }
        return t / interval;
    }

    private static List<Series> toSeries(Map<String, TreeMap<Long, Long>> byKey) {
        List<Series> out = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Long, Long>> e : byKey.entrySet()) {
            String[] parts = e.getKey().split(",");
            long last = e.getValue().lastKey();
            long[] counts = new long[(int) last + 1];
            e.getValue().forEach((i, n) -> counts[i.intValue()] = n);
            out.add(new Series(DccScenario.REGIONS.indexOf(parts[0]), AlertCatalogue.get().find(parts[1]).index(), counts));
        }
        return out;
    }
}
