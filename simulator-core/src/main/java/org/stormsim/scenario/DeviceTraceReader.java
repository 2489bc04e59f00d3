package org.stormsim.scenario;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.stormsim.catalogue.AlertCatalogue;
import org.stormsim.catalogue.AlertCode;

/**
 * Reads the two device-keyed shapes of a replay trace, whose columns are named by the header in any
 * order: {@code intervalStart,region,alertCode,combination,devices,count} (alerts per interval) and
 * {@code month,region,alertCode,combination,devices,volume} (the DCC's monthly alert report), each
 * with the optional {@code skew} (a Zipf exponent, default 0: an even share) and {@code deviceType}
 * (default ESME; an empty field takes the default). A combination is a cohort id of {@code population.cohorts}; when the reader is given
 * the scenario, each row is checked against it (the combination exists, is in the region, has devices
 * of the type, and at least as many as the row names). Every problem names its line, column, field,
 * value and what is allowed. One reader per file read; not thread-safe.
 */
final class DeviceTraceReader {
    static final List<String> BY_INTERVAL = List.of("intervalStart", "region", "alertCode", "combination", "devices", "count");
    static final List<String> MONTHLY = List.of("month", "region", "alertCode", "combination", "devices", "volume");
    static final List<String> OPTIONAL = List.of("skew", "deviceType");
    /** The largest Zipf exponent a row may give (at 10 the first device raises all but a thousandth of the alerts). */
    static final double MAX_SKEW = 10;
    /** The most alerts in one row (some 30 times GB's monthly device alerts of 2022). */
    static final long MAX_COUNT = 100_000_000_000L;
    /** The most devices in one row (device numbers are 32-bit). */
    static final long MAX_DEVICES = 1_000_000_000L;

    /** Separates the parts of a series' key (a combination id may hold any other character). */
    private static final String SEP = "\u0001";

    private final String name;
    private final List<String> header;
    private final Map<String, Integer> column = new HashMap<>();
    private final boolean monthly;
    private final long interval;
    private final DccScenario scenario;
    private final String[] lines;
    private final Map<String, TreeMap<Long, Row>> byKey = new TreeMap<>();
    private final Map<String, Integer> firstLine = new HashMap<>();

    private record Row(long devices, long count, double skew) {
    }

    /** A reader of {@code text} (the file {@code name}) with header {@code header}; {@code scenario} null: rows are not checked against a population. */
    DeviceTraceReader(String name, String text, List<String> header, long interval, DccScenario scenario) {
        this.name = name;
        this.header = header.stream().map(String::trim).toList();
        this.monthly = this.header.contains("month");
        this.interval = interval;
        this.scenario = scenario;
        this.lines = text.split("\r?\n", -1);
    }

    /** Whether a header asks for one of the device-keyed shapes. */
    static boolean claims(List<String> header) {
        return header.stream().map(String::trim).anyMatch(c -> c.equals("combination") || c.equals("month") || c.equals("devices"));
    }

    /** The shapes a trace may have, for the messages. */
    static String shapes() {
        return "intervalStart,region,alertCode,count (volumes per region, spread over its hubs); "
                + "intervalStart,region,alertCode,combination,devices,count[,skew][,deviceType] (per device combination); "
                + "month,region,alertCode,combination,devices,volume[,skew][,deviceType] (a monthly alert report)";
    }

    /** Checks the header; false (with the problems added) when the rows cannot be read by it. */
    boolean checkHeader(List<Problem> problems) {
        List<String> required = monthly ? MONTHLY : BY_INTERVAL;
        Set<String> allowed = new LinkedHashSet<>(required);
        allowed.addAll(OPTIONAL);
        int before = problems.size();
        for (int j = 0; j < header.size(); j++) {
            String c = header.get(j);
            Location at = new Location(name, 1, columnOf(1, j));
            if (monthly && c.equals("intervalStart")) {
                problems.add(new Problem(at, "", c, "a monthly report has month, not intervalStart; the shapes: " + shapes()));
            } else if (!allowed.contains(c)) {
                problems.add(new Problem(at, "", c, "unknown column" + Suggest.didYouMean(c, allowed) + "; allowed: " + String.join(", ", allowed)));
            } else if (column.putIfAbsent(c, j) != null) {
                problems.add(new Problem(at, "", c, "the column is named twice; allowed: each column once"));
            }
        }
        for (String c : required) {
            if (!column.containsKey(c) && problems.size() == before) {
                problems.add(new Problem(new Location(name, 1, 1), "", String.join(",", header), "the header lacks the column " + c
                        + "; allowed: " + (monthly ? "month,region,alertCode,combination,devices,volume[,skew][,deviceType]"
                        : "intervalStart,region,alertCode,combination,devices,count[,skew][,deviceType]") + ", in any order"));
            }
        }
        return problems.size() == before;
    }

    /** The number of fields a row must have. */
    int width() {
        return header.size();
    }

    /** The header as written, for a message. */
    String headerText() {
        return String.join(",", header);
    }

    /** Reads one row (at {@code line}), adding its problems. */
    void row(List<String> fields, int line, List<Problem> problems) {
        int before = problems.size();
        long start = monthly ? month(fields, line, problems) : intervalStart(fields, line, problems);
        String region = field(fields, "region");
        if (DccScenario.REGIONS.indexOf(region) < 0) {
            problems.add(new Problem(at(line, "region"), "region", region, "unknown region; allowed: N, C, S"));
        }
        String code = field(fields, "alertCode");
        AlertCode c = AlertCatalogue.get().find(code);
        if (c == null) {
            problems.add(new Problem(at(line, "alertCode"), "alertCode", code, "unknown alert code; allowed: a GBCS alert code such as 8F3E"));
        }
        String type = column.containsKey("deviceType") && !field(fields, "deviceType").isEmpty() ? field(fields, "deviceType") : "ESME";
        if (!DccPopulation.Cohort.DEVICE_TYPES.contains(type)) {
            problems.add(new Problem(at(line, "deviceType"), "deviceType", type, "unknown device type; allowed: "
                    + String.join(", ", DccPopulation.Cohort.DEVICE_TYPES)));
        }
        String countField = monthly ? "volume" : "count";
        long count = whole(fields, line, countField, MAX_COUNT, "a whole number of alerts, 0 to " + MAX_COUNT, problems);
        long devices = whole(fields, line, "devices", MAX_DEVICES, "a whole number of devices, 0 to " + MAX_DEVICES, problems);
        double skew = skew(fields, line, problems);
        String combination = field(fields, "combination");
        if (combination.isEmpty()) {
            problems.add(new Problem(at(line, "combination"), "combination", combination, "allowed: a device combination (a cohort id of population.cohorts)"));
        }
        if (problems.size() > before) {
            return;
        }
        checkDevices(line, devices, count, countField, problems);
        checkAgainstPopulation(line, combination, region, type, devices, problems);
        if (problems.size() > before) {
            return;
        }
        String key = region + SEP + c.code() + SEP + combination + SEP + type;
        Integer first = firstLine.putIfAbsent(key + SEP + start, line);
        if (first != null) {
            problems.add(new Problem(at(line, monthly ? "month" : "intervalStart"), monthly ? "month" : "intervalStart",
                    field(fields, monthly ? "month" : "intervalStart"), "a second row for this " + (monthly ? "month" : "interval")
                    + ", region, alertCode, combination and deviceType (the first is line " + first + "); allowed: one row for each"));
            return;
        }
        byKey.computeIfAbsent(key, k -> new TreeMap<>()).put(start, new Row(devices, count, skew));
    }

    private void checkDevices(int line, long devices, long count, String countField, List<Problem> problems) {
        if (count > 0 && devices == 0) {
            problems.add(new Problem(at(line, "devices"), "devices", "0", "allowed: at least 1 device when " + countField + " is more than 0"));
        } else if (devices > count) {
            problems.add(new Problem(at(line, "devices"), "devices", String.valueOf(devices), "more devices than alerts (" + countField + " "
                    + count + "); allowed: at most " + count + ", the devices that raised at least one"));
        }
    }

    private void checkAgainstPopulation(int line, String combination, String region, String type, long devices, List<Problem> problems) {
        if (scenario == null) {
            return;
        }
        List<String> ids = scenario.population().cohorts().stream().map(DccPopulation.Cohort::id).toList();
        DccPopulation.Cohort cohort = scenario.population().cohorts().stream().filter(k -> k.id().equals(combination)).findFirst().orElse(null);
        if (cohort == null) {
            problems.add(new Problem(at(line, "combination"), "combination", combination, "no device combination has this id"
                    + Suggest.didYouMean(combination, ids) + "; allowed: a cohort id of population.cohorts: " + String.join(", ", ids)));
            return;
        }
        if (!cohort.inRegion(region)) {
            problems.add(new Problem(at(line, "region"), "region", region, "combination " + combination + " is not in this region; allowed: "
                    + String.join(", ", cohort.regions())));
            return;
        }
        if (cohort.devices(type) <= 0) {
            List<String> has = DccPopulation.Cohort.DEVICE_TYPES.stream().filter(t -> cohort.devices(t) > 0).toList();
            problems.add(new Problem(at(line, column.containsKey("deviceType") ? "deviceType" : "combination"), "deviceType", type,
                    "combination " + combination + " has no " + type + " devices; allowed: a type it has (devicesPerHub): " + String.join(", ", has)));
            return;
        }
        long available = devicesOf(scenario, cohort, region, type);
        if (devices > available) {
            problems.add(new Problem(at(line, "devices"), "devices", String.valueOf(devices), "more devices than combination " + combination
                    + " has of type " + type + " in region " + region + "; allowed: at most " + available + " (its hubs as written, before"
                    + " population.scale, times its " + type + " devices per hub)"));
        }
    }

    /** The devices of {@code type} of {@code cohort} in {@code region}, as the file writes the hubs (before {@code population.scale}). */
    static long devicesOf(DccScenario scenario, DccPopulation.Cohort cohort, String region, String type) {
        long hubs = Math.round(scenario.population().regions().getOrDefault(region, 0L) * cohort.share());
        return Math.round(hubs * cohort.devices(type));
    }

    private long intervalStart(List<String> fields, int line, List<Problem> problems) {
        String start = field(fields, "intervalStart");
        return Trace.intervalIndex(start, at(line, "intervalStart"), interval, problems);
    }

    private long month(List<String> fields, int line, List<Problem> problems) {
        String m = field(fields, "month");
        try {
            YearMonth ym = YearMonth.parse(m);
            if (ym.getYear() >= 1970 && ym.getYear() <= 9999) {
                return ym.getYear() * 12L + ym.getMonthValue() - 1;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(new Problem(at(line, "month"), "month", m, "allowed: a calendar month written YYYY-MM, e.g. 2020-01 (1970 to 9999)"));
        return -1;
    }

    private long whole(List<String> fields, int line, String f, long max, String allowed, List<Problem> problems) {
        String text = field(fields, f);
        try {
            long n = Long.parseLong(text);
            if (n >= 0 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(at(line, f), f, text, "allowed: " + allowed));
        return -1;
    }

    private double skew(List<String> fields, int line, List<Problem> problems) {
        if (!column.containsKey("skew")) {
            return 0;
        }
        String text = field(fields, "skew");
        if (text.isEmpty()) {
            return 0;
        }
        try {
            double s = Double.parseDouble(text);
            if (s >= 0 && s <= MAX_SKEW && text.matches("[0-9.eE+-]+")) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(at(line, "skew"), "skew", text, "allowed: a Zipf exponent from 0 (every device raises an even share) to "
                + (int) MAX_SKEW + ", or empty for 0"));
        return 0;
    }

    private String field(List<String> fields, String f) {
        return fields.get(column.get(f)).trim();
    }

    private Location at(int line, String f) {
        Integer j = column.get(f);
        return new Location(name, line, j == null ? 1 : columnOf(line, j));
    }

    /** The 1-based column where field {@code j} of line {@code line} starts (commas inside quotes do not count). */
    private int columnOf(int line, int j) {
        if (line < 1 || line > lines.length) {
            return 1;
        }
        String s = lines[line - 1];
        boolean quoted = false;
        int field = 0;
        for (int i = 0; i < s.length() && field < j; i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted && ++field == j) {
                return i + 2;
            }
        }
        return 1;
    }

    /** The series read, in order of (region, code, combination, device type). */
    List<DeviceSeries> series() {
        List<DeviceSeries> out = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Long, Row>> e : byKey.entrySet()) {
            String[] k = e.getKey().split(SEP, 4);
            int n = e.getValue().size();
            long[] starts = new long[n];
            long[] devices = new long[n];
            long[] counts = new long[n];
            double[] skews = new double[n];
            int i = 0;
            for (Map.Entry<Long, Row> r : e.getValue().entrySet()) {
                starts[i] = r.getKey();
                devices[i] = r.getValue().devices();
                counts[i] = r.getValue().count();
                skews[i++] = r.getValue().skew();
            }
            out.add(new DeviceSeries(DccScenario.REGIONS.indexOf(k[0]), AlertCatalogue.get().find(k[1]).index(), k[2], k[3], monthly,
                    starts, devices, counts, skews));
        }
        return out;
    }
}
