package org.stormsim.scenario;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.TypeScope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stormsim.engine.Distribution;

/**
 * The JSON Schema (draft 2020-12) of scenario files, generated from the scenario records with the
 * victools generator: {@link Doc} gives descriptions, {@link Default} defaults, {@link Range}
 * minimum and maximum, a field without {@link Default} or {@link Optional} is required, {@code kind}
 * picks the scenario record and a {@link Discriminator} field picks a sealed interface's record.
 * Value types are strings with the pattern their parser accepts. Editors use it for completion and
 * checks; the binder stays the judge (cross-field rules, alert codes, DUIS variants are not in it).
 */
public final class ScenarioSchema {
    private static final String NUMBER = "[0-9][0-9_]*(\\.[0-9]+)?([eE][-+]?[0-9]+)?";
    static final String DURATION_PATTERN = "^\\s*" + NUMBER + "\\s*(us|ms|s|min|h|d)\\s*$";
    static final String RATE_PATTERN = "^\\s*" + NUMBER + "\\s*/\\s*(s|min|h|d)\\s*$";
    static final String DISTRIBUTION_PATTERN = "^\\s*(exponential|deterministic|uniform|erlang|lognormal)\\s*\\(.*\\)\\s*$";
    /** Types read from a scalar or a list by their own parser: no record fields, so no additionalProperties. */
    private static final List<Class<?>> VALUE_TYPES = List.of(Capacity.class, Routing.class, DailyProfile.class, Warmup.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final YAMLMapper YAML = new YAMLMapper();

    private ScenarioSchema() {
    }

    /** The schema as indented JSON text ending in a newline. */
    public static String json() {
        try {
            return JSON.writeValueAsString(generate()).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the scenario schema", e);
        }
    }

    /** The schema: one of the scenario kinds, each with its records in {@code $defs}. */
    public static ObjectNode generate() {
        SchemaBuilder builder = new SchemaGenerator(config()).buildMultipleSchemaDefinitions();
        List<ObjectNode> kinds = new ArrayList<>();
        for (Class<?> kind : ScenarioLoader.kinds().values()) {
            kinds.add(builder.createSchemaReference(kind));
        }
        ObjectNode defs = builder.collectDefinitions("$defs");
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SchemaVersion.DRAFT_2020_12.getIdentifier());
        root.put("title", "stormsim scenario");
        root.put("description", "A stormsim scenario file (YAML or JSON): kind dcc (the GB smart metering network) or network "
                + "(a generic queueing network). Generated from the scenario records; regenerate with stormsim schema.");
        root.putArray("oneOf").addAll(kinds);
        root.set("$defs", defs);
        return root;
    }

    private static com.github.victools.jsonschema.generator.SchemaGeneratorConfig config() {
        SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(JSON, SchemaVersion.DRAFT_2020_12, new OptionPreset(
                Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS, Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS,
                Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.PLAIN_DEFINITION_KEYS, Option.ALLOF_CLEANUP_AT_THE_END));
        b.forTypesInGeneral()
                .withCustomDefinitionProvider(ScenarioSchema::valueType)
                .withSubtypeResolver(ScenarioSchema::permitted)
                .withTypeAttributeOverride(ScenarioSchema::discriminator)
                .withDescriptionResolver(ScenarioSchema::typeDoc)
                .withPropertySorter((a, b2) -> 0) // the records' order, as in docs/model.md
                .withAdditionalPropertiesResolver(t -> VALUE_TYPES.contains(t.getType().getErasedType()) ? Object.class : null);
        b.forFields()
                .withIgnoreCheck(f -> f.getAnnotation(Loaded.class) != null) // read from another file by the loader
                .withRequiredCheck(f -> f.getAnnotation(Default.class) == null && f.getAnnotation(Optional.class) == null)
                .withDescriptionResolver(ScenarioSchema::fieldDoc)
                .withDefaultResolver(ScenarioSchema::defaultValue)
                .withNumberInclusiveMinimumResolver(f -> bound(f, true))
                .withNumberInclusiveMaximumResolver(f -> bound(f, false))
                .withInstanceAttributeOverride(ScenarioSchema::kindConst);
        return b.build();
    }

    /** The schema of a value type (read from one scalar by a parser), an enum or a plain text; null for records. */
    private static CustomDefinition valueType(ResolvedType type, SchemaGenerationContext context) {
        Class<?> c = type.getErasedType();
        ObjectNode n = JSON.createObjectNode();
        if (c == SimDuration.class) {
            n.put("type", "string").put("pattern", DURATION_PATTERN);
        } else if (c == CalendarDate.class) {
            n.put("type", "string").put("pattern", "^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\\s*$");
        } else if (c == Warmup.class) {
            ArrayNode any = n.putArray("anyOf");
            any.addObject().put("const", "auto");
            any.addObject().put("type", "string").put("pattern", DURATION_PATTERN);
        } else if (c == Rate.class) {
            n.put("type", "string").put("pattern", RATE_PATTERN);
        } else if (c == Distribution.class) {
            n.put("type", "string").put("pattern", DISTRIBUTION_PATTERN);
        } else if (c == Capacity.class) {
            ArrayNode any = n.putArray("anyOf");
            any.addObject().put("const", "unbounded");
            any.addObject().put("type", "integer").put("minimum", 1);
        } else if (c == DailyProfile.class) {
            profile(n);
        } else if (c == Routing.class) {
            routing(n, context);
        } else if (c.isEnum()) {
            n.put("type", "string").set("enum", JSON.valueToTree(Scalars.enumNames(c)));
        } else if (c == String.class) {
            textLike(n);
        } else {
            return null;
        }
        return new CustomDefinition(n, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
    }

    /** A text field takes any scalar: YAML reads {@code 2.2} (a DUIS variant) as a number, and the binder keeps its text. */
    private static void textLike(ObjectNode n) {
        ArrayNode types = n.putArray("type");
        types.add("string").add("number").add("boolean");
    }

    private static void profile(ObjectNode n) {
        ArrayNode any = n.putArray("anyOf");
        any.addObject().put("type", "string").set("enum", JSON.valueToTree(List.of("flat", "domestic")));
        ObjectNode hourly = any.addObject().put("type", "array").put("minItems", 24).put("maxItems", 24);
        hourly.putObject("items").put("type", "number").put("minimum", 0);
    }

    private static void routing(ObjectNode n, SchemaGenerationContext context) {
        ArrayNode any = n.putArray("anyOf");
        textLike(any.addObject());
        ObjectNode weighted = any.addObject().put("type", "array").put("minItems", 1);
        weighted.set("items", context.createDefinitionReference(context.getTypeContext().resolve(Routing.Target.class)));
    }

    /** The records a sealed interface marked {@link Discriminator} may be. */
    private static List<ResolvedType> permitted(ResolvedType declared, SchemaGenerationContext context) {
        Class<?> c = declared.getErasedType();
        if (!c.isInterface() || !c.isSealed() || c.getAnnotation(Discriminator.class) == null) {
            return null;
        }
        List<ResolvedType> out = new ArrayList<>();
        for (Class<?> sub : c.getPermittedSubclasses()) {
            out.add(context.getTypeContext().resolveSubtype(declared, sub));
        }
        return out;
    }

    /**
     * A record named by a {@link TypeName} gets its discriminator field, required, with its one value;
     * a scenario kind gets the study sections the loader sets aside ({@code sweep:}), as open mappings.
     */
    private static void discriminator(ObjectNode attributes, TypeScope scope, SchemaGenerationContext context) {
        Class<?> c = scope.getType().getErasedType();
        if (ScenarioLoader.kinds().containsValue(c) && attributes.get("properties") instanceof ObjectNode props) {
            for (String study : ScenarioLoader.STUDY_SECTIONS) {
                props.putObject(study).put("type", "object")
                        .put("description", "a study of this scenario, not part of it: read by stormsim " + study);
            }
        }
        TypeName name = c.getAnnotation(TypeName.class);
        if (name == null || !attributes.has("properties")) {
            return;
        }
        String field = discriminatorOf(c);
        ((ObjectNode) attributes.get("properties")).putObject(field).put("const", name.value());
        JsonNode required = attributes.get("required");
        ArrayNode req = required instanceof ArrayNode a ? a : attributes.putArray("required");
        req.insert(0, field);
    }

    private static String discriminatorOf(Class<?> record) {
        for (Class<?> i : record.getInterfaces()) {
            if (i.getAnnotation(Discriminator.class) != null) {
                return i.getAnnotation(Discriminator.class).value();
            }
        }
        throw new IllegalStateException(record + " has @TypeName but no @Discriminator interface");
    }

    /** A field's {@link Doc}; not repeated on the items of a list or map field. */
    private static String fieldDoc(FieldScope f) {
        Doc d = f.getAnnotation(Doc.class);
        return d == null || f.isFakeContainerItemScope() ? null : d.value();
    }

    private static String typeDoc(TypeScope scope) {
        Doc d = scope.getType().getErasedType().getAnnotation(Doc.class);
        return d == null ? null : d.value();
    }

    /** The {@code kind} field of a scenario record takes the one kind that record binds. */
    private static void kindConst(ObjectNode attributes, FieldScope field, SchemaGenerationContext context) {
        if (!field.getName().equals("kind")) {
            return;
        }
        for (Map.Entry<String, Class<? extends Scenario>> e : ScenarioLoader.kinds().entrySet()) {
            if (e.getValue() == field.getDeclaringType().getErasedType()) {
                attributes.remove("type");
                attributes.put("const", e.getKey());
            }
        }
    }

    /** A default as JSON: its text read as YAML, as the binder reads it. */
    private static Object defaultValue(FieldScope f) {
        Default d = f.getAnnotation(Default.class);
        if (d == null || f.isFakeContainerItemScope()) {
            return null;
        }
        try {
            return YAML.readValue(d.value(), Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the default of " + f.getName() + " is not valid YAML: " + d.value(), e);
        }
    }

    private static BigDecimal bound(FieldScope f, boolean min) {
        Range r = f.getAnnotation(Range.class);
        if (r == null || f.isFakeContainerItemScope()) {
            return null;
        }
        long v = min ? r.min() : r.max();
        return v == Long.MIN_VALUE || v == Long.MAX_VALUE ? null : BigDecimal.valueOf(v);
    }
}
