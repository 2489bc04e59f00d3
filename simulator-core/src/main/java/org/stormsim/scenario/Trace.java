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
 * A trace of observed alert volumes, read from CSV with the header
 * {@code intervalStart,region,alertCode,count}: the interval's start as a duration from the start of
 * the run ({@code 0s}, {@code 1h}, or plain seconds), the region, the alert code and the alerts
 * observed. Every malformed line is reported with its line number. Loaded with the scenario that
 * replays it ({@link DccReplay#trace()}), so its content is part of the resolved scenario (and of its
 * hash). Immutable once read.
 */
public record Trace(List<Series> series) implements java.io.Serializable {
    /** One series: the counts of one (region index, alert code index) per interval index. */
    public record Series(int region, int code, long[] counts) implements java.io.Serializable {
    }

    private static final int MAX_PROBLEMS = 50;
    /** The most intervals from the start of the run a trace may reach: its series are arrays of that length. */
    static final long MAX_INTERVALS = 10_000_000;
    /** The largest trace file, bytes (100 MB: some four million lines). */
    static final long MAX_BYTES = 100L * 1024 * 1024;
    private static final List<String> HEADER = List.of("intervalStart", "region", "alertCode", "count");

    public Trace {
        series = List.copyOf(series);
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
        return read(file, scenario.replay().interval().micros());
    }

    /** Reads {@code file}, whose intervals are {@code interval} long. */
    public static Trace read(Path file, long interval) throws InvalidScenarioException {
        String name = file.toString();
        List<Problem> problems = new ArrayList<>();
        Map<String, TreeMap<Long, Long>> byKey = new TreeMap<>();
        if (interval <= 0) {
            throw new IllegalArgumentException("a trace's interval must be more than zero: " + interval);
        }
        String text = text(file, name);
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).disable(CsvParser.Feature.ALLOW_TRAILING_COMMA);
        try (MappingIterator<List<String>> rows = mapper.readerFor(List.class).with(CsvSchema.emptySchema()).readValues(text)) {
            boolean headerOk = rows.hasNextValue() && checkHeader(rows.nextValue(), name, problems);
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
        return new Trace(toSeries(byKey));
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
                    "the header must be exactly: intervalStart,region,alertCode,count"));
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
        long t;
        try {
            t = start.matches("[0-9]+") ? Math.multiplyExact(Long.parseLong(start), 1_000_000L) : SimDuration.parse(start).micros();
        } catch (InvalidValueException | ArithmeticException | NumberFormatException e) {
            problems.add(new Problem(at, "intervalStart", start, "allowed: a duration from the start of the run, e.g. 0s, 1h, or whole seconds"
                    + " (at most about 73,000 years)"));
            return;
        }
        if (t / interval >= MAX_INTERVALS) {
            problems.add(new Problem(at, "intervalStart", start, "too late; allowed: within the first " + MAX_INTERVALS
                    + " intervals of the run (replay.interval is " + interval / 1_000_000.0 + " s)"));
            return;
        }
        if (t % interval != 0) {
            problems.add(new Problem(at, "intervalStart", start, "not at the start of an interval (replay.interval is " + interval / 1_000_000.0 + " s)"));
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
        if (c != null && n >= 0 && DccScenario.REGIONS.indexOf(region) >= 0 && t % interval == 0) {
            byKey.computeIfAbsent(region + "," + c.code(), k -> new TreeMap<>()).merge(t / interval, n, Long::sum);
        }
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
