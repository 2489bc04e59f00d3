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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The DUIS Service Request catalogue built into the jar: the 129 variants of
 * {@code catalogue/duis-service-requests.csv} with their flags. Immutable; any thread.
 */
public final class ServiceRequestCatalogue {
    private static final ServiceRequestCatalogue INSTANCE = load();

    private final List<ServiceRequestVariant> variants;
    private final Map<String, ServiceRequestVariant> byVariant;

    private ServiceRequestCatalogue(List<ServiceRequestVariant> variants) {
        this.variants = Collections.unmodifiableList(variants);
        Map<String, ServiceRequestVariant> m = new LinkedHashMap<>();
        for (ServiceRequestVariant v : variants) {
            m.putIfAbsent(v.variant(), v);
        }
        this.byVariant = Collections.unmodifiableMap(m);
    }

    public static ServiceRequestCatalogue get() {
        return INSTANCE;
    }

    /** Every distinct variant, in catalogue order. */
    public List<ServiceRequestVariant> all() {
        return List.copyOf(byVariant.values());
    }

    public int size() {
        return variants.size();
    }

    /** The variant, or null. */
    public ServiceRequestVariant find(String variant) {
        return variant == null ? null : byVariant.get(variant.trim());
    }

    public ServiceRequestVariant at(int index) {
        return variants.get(index);
    }

    public Set<String> variantIds() {
        return byVariant.keySet();
    }

    private static ServiceRequestCatalogue load() {
        List<ServiceRequestVariant> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (InputStream in = ServiceRequestCatalogue.class.getResourceAsStream("/catalogue/duis-service-requests.csv");
             MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema).readValues(in)) {
            while (rows.hasNext()) {
                Map<String, String> r = rows.next();
                String variant = r.get("variant").trim();
                if (!seen.add(variant)) {
                    continue; // one entry per variant
                }
                Set<String> roles = new LinkedHashSet<>();
                for (String role : r.get("eligible_user_roles").trim().split("\\s+")) {
                    if (!role.isEmpty()) {
                        roles.add(role); // 7.16, 8.5 and 8.6 list no eligible role
                    }
                }
                out.add(new ServiceRequestVariant(out.size(), variant, r.get("service_reference").trim(),
                        r.get("name").replaceAll("\\s+", " ").trim(), yes(r.get("critical")), yes(r.get("on_demand")),
                        r.get("future_dated_response_pattern").trim(), yes(r.get("dcc_scheduled")), yes(r.get("non_device")),
                        Collections.unmodifiableSet(roles)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in DUIS catalogue cannot be read", e);
        }
        return new ServiceRequestCatalogue(out);
    }

    private static boolean yes(String s) {
        return s != null && s.trim().equalsIgnoreCase("Yes");
    }
}
