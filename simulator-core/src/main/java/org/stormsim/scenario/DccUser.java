package org.stormsim.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import org.stormsim.catalogue.ServiceCategory;
import org.stormsim.catalogue.ServiceRequestCatalogue;
import org.stormsim.catalogue.ServiceRequestVariant;
import org.stormsim.engine.Distribution;

/**
 * A DCC User (a Supplier, a Network Operator, an Other User): the Service Requests it sends, its
 * forecast (for SECMP0067 allocations), how long it waits for a response and how it retries, how
 * fast its systems take in alerts, and whether they reject alerts whose GBCS counter went back.
 */
public record DccUser(
        @Doc("the User's unique id") String id,
        @Default(value = "importSupplier") @Doc("the User role") Role role,
        @Optional @Doc("the Service Requests the User sends") Requests serviceRequests,
        @Optional @Doc("the User's forecast Service Request rate (SECMP0067 allocations)") Rate forecast,
        @Default(value = "60s") @Doc("how long the User waits for a response before it counts a time-out") SimDuration timeout,
        @Default(value = "{}") @Doc("what the User does after a time-out or a throttled request") Retry retry,
        @Default(value = "{}") @Doc("the User's alert intake") Intake intake,
        @Default(value = "false")
        @Doc("whether the User's systems reject alerts whose counter is not higher than the last (after a counter reset)") boolean rejectsDuplicateCounters)
        implements Validated, java.io.Serializable {

    @Override
    public void validate(Validation v) {
        v.check(!id.isBlank(), "id", "allowed: a non-empty id");
        v.check(timeout.micros() > 0, "timeout", "allowed: a time-out more than zero");
        if (serviceRequests == null) {
            return;
        }
        for (int i = 0; i < serviceRequests.mix().size(); i++) {
            Mix m = serviceRequests.mix().get(i);
            ServiceRequestVariant variant = ServiceRequestCatalogue.get().find(m.variant());
            String at = "serviceRequests.mix[" + i + "]";
            if (variant == null) {
                continue;
            }
            v.check(variant.eligibleRoles().contains(role.code()), at + ".variant", "a User of role " + Scalars.enumName(role)
                    + " (" + role.code() + ") may not send " + m.variant() + "; eligible roles: " + String.join(" ", variant.eligibleRoles()));
            if (m.category() != null) {
                v.check(variant.allows(m.category()), at + ".category", "variant " + m.variant() + " cannot be sent as "
                        + m.category().key() + "; it may be: " + variant.defaultCategory().key());
            }
        }
    }

    /** The DUIS User roles, with the codes the catalogue uses. */
    public enum Role {
        IMPORT_SUPPLIER("IS"), EXPORT_SUPPLIER("ES"), GAS_SUPPLIER("GS"), ELECTRICITY_DISTRIBUTOR("ED"),
        GAS_TRANSPORTER("GT"), REGISTERED_SUPPLIER_AGENT("RSA"), OTHER_USER("OU");

        private final String code;

        Role(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The Service Requests a User sends: a rate per hub it serves or an absolute rate, a daily profile and a mix of variants. */
    public record Requests(
            @Optional @Doc("requests per hub the User is responsible for, e.g. 1/d") Rate ratePerHub,
            @Optional @Doc("an absolute request rate, e.g. 120/h; or give ratePerHub") Rate rate,
            @Default(value = "domestic") @Doc("the daily profile") DailyProfile profile,
            @Doc("the variants sent, with weights summing to 1") List<Mix> mix) implements Validated, java.io.Serializable {
        @Override
        public void validate(Validation v) {
            v.check(ratePerHub == null || rate == null, "rate", "give either ratePerHub or rate, not both");
            v.check(ratePerHub != null || rate != null, "", "give ratePerHub (e.g. 1/d) or rate (e.g. 120/h)");
            if (v.check(!mix.isEmpty(), "mix", "give at least one variant")) {
                double sum = mix.stream().mapToDouble(Mix::weight).sum();
                v.check(Math.abs(sum - 1) < 1e-9, "mix", "the weights add up to "
                        + BigDecimal.valueOf(sum).round(new MathContext(6)).stripTrailingZeros().toPlainString() + "; they must add up to 1");
            }
        }
    }

    /** One variant of the mix. */
    public record Mix(@Doc("the DUIS Service Reference Variant, e.g. 4.1.1") String variant,
                      @Doc("its share of the User's requests") double weight,
                      @Optional @Doc("onDemand, futureDated, dccScheduled or firmware (default from the catalogue's flags)") ServiceCategory category)
            implements Validated, java.io.Serializable {
        @Override
        public void validate(Validation v) {
            v.check(ServiceRequestCatalogue.get().find(variant) != null, "variant", "unknown DUIS variant"
                    + Suggest.didYouMean(variant, ServiceRequestCatalogue.get().variantIds()) + "; allowed: a variant such as 4.1.1 (see stormsim requests)");
            v.check(weight > 0, "weight", "allowed: a weight more than 0");
            v.check(category != ServiceCategory.ALERTS, "category", "alerts is not a Service Request category");
        }
    }

    /** Retry after a time-out or a throttled request. */
    public record Retry(
            @Default(value = "none") @Doc("none, fixed (the same delay) or exponential (delay doubles each attempt)") RetryPolicy policy,
            @Default(value = "30s")
            @Doc("the delay before the first resubmission (0s: at once); with exponential, the last wait (doubled up to 30 times) must stay "
                    + "within about 73,000 years") SimDuration delay,
            @Default(value = "3") @Range(min = 1, max = 100, unit = "attempts") @Doc("most attempts in all, the first included") int maxAttempts)
            implements Validated, java.io.Serializable {
        /** The longest wait before a resubmission, microseconds (about 73,000 years, the longest duration). */
        private static final double LONGEST = Long.MAX_VALUE / 4.0;

        @Override
        public void validate(Validation v) {
            int doublings = Math.min(30, Math.max(0, maxAttempts - 2)); // the model doubles the delay at most 30 times
            double last = policy == RetryPolicy.EXPONENTIAL ? delay.micros() * Math.pow(2, doublings) : delay.micros();
            v.check(last <= LONGEST, "delay", "with policy " + Scalars.enumName(policy) + " and maxAttempts " + maxAttempts
                    + " the last resubmission would wait " + delay + " x 2^" + doublings + "; allowed: a wait of at most about 73,000 years");
        }
    }

    /** Retry policies. */
    public enum RetryPolicy { NONE, FIXED, EXPONENTIAL }

    /** The User's alert intake: servers, time per alert, room. */
    public record Intake(@Default(value = "16") @Range(min = 1, unit = "servers") @Doc("alerts taken in at once") int servers,
                         @Default(value = "exponential(2ms)") @Doc("time to take in one alert") Distribution service,
                         @Default(value = "unbounded") @Doc("most alerts waiting or in intake; beyond are lost") Capacity capacity)
            implements java.io.Serializable {
    }

    /** The ids of the variants in the mix, as a map to weights (for reports). */
    public Map<String, Double> mixWeights() {
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        if (serviceRequests != null) {
            serviceRequests.mix().forEach(x -> m.put(x.variant(), x.weight()));
        }
        return m;
    }
}
