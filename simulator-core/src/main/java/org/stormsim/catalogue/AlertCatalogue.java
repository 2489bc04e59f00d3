package org.stormsim.catalogue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The alert catalogue built into the jar: the 184 GBCS alert codes of {@code catalogue/gbcs-alert-codes.csv}
 * (GBCS, [F]) plus the DCC alerts the model raises itself: {@code AD1}, the Communications Hub power
 * outage alert a CSP raises when a hub has been off for 3 minutes ([F] PMM p23). Codes are matched
 * case-insensitively. Immutable; any thread.
 */
public final class AlertCatalogue {
    private static final AlertCatalogue INSTANCE = load();

    private final List<AlertCode> codes;
    private final Map<String, AlertCode> byCode;

    private AlertCatalogue(List<AlertCode> codes) {
        this.codes = Collections.unmodifiableList(codes);
        Map<String, AlertCode> m = new LinkedHashMap<>();
        for (AlertCode c : codes) {
            m.put(c.code(), c);
        }
        this.byCode = Collections.unmodifiableMap(m);
    }

    public static AlertCatalogue get() {
        return INSTANCE;
    }

    public List<AlertCode> all() {
        return codes;
    }

    public int size() {
        return codes.size();
    }

    /** The code, or null when the catalogue has no such code. */
    public AlertCode find(String code) {
        return code == null ? null : byCode.get(code.trim().toUpperCase(Locale.ROOT));
    }

    public AlertCode at(int index) {
        return codes.get(index);
    }

    public java.util.Set<String> codes() {
        return byCode.keySet();
    }

    /**
     * Whether an alert code reports supply loss or restoration, which goes to the Network Operator:
     * 8F35-8F3C (supply outage restored, ECS80 [F] TPL), 8F57-8F5A (supply interrupted) and AD1.
     */
    public static boolean isOutageCode(String code) {
        if (code.equals("AD1")) {
            return true;
        }
        if (code.length() != 4 || !code.startsWith("8F")) {
            return false;
        }
        int v = Integer.parseInt(code.substring(2), 16);
        return (v >= 0x35 && v <= 0x3C) || (v >= 0x57 && v <= 0x5A);
    }

    private static AlertCatalogue load() {
        List<AlertCode> out = new ArrayList<>();
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (InputStream in = AlertCatalogue.class.getResourceAsStream("/catalogue/gbcs-alert-codes.csv");
             MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema).readValues(in)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                out.add(new AlertCode(out.size(), row.get("code").trim().toUpperCase(Locale.ROOT), row.get("name").trim(), false));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in GBCS alert catalogue cannot be read", e);
        }
        out.add(new AlertCode(out.size(), "AD1", "Communications Hub power outage (DCC alert, hub off for 3 minutes or more)", true));
        return new AlertCatalogue(out);
    }
}
