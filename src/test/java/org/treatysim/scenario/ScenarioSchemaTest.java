package org.treatysim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.treatysim.model.decision.Decisions;
import org.treatysim.model.negotiation.BargainingTheories;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The JSON Schema in schemas/ is the generated one, and enumerates exactly what the loader accepts. */
class ScenarioSchemaTest {
    static final Path FILE = Path.of("schemas", "scenario.schema.json");

    private static JsonNode schema() throws Exception {
        return new ObjectMapper().readTree(Files.readString(FILE));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Set<String> fields(JsonNode object) {
        Set<String> out = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test void checkedInSchemaIsTheGeneratedOneByteForByte() throws Exception {
        assertEquals(ScenarioSchema.text(BargainingTheories.names(), Decisions.catalogue()), Files.readString(FILE),
                "schemas/scenario.schema.json is stale: regenerate it with `./treatysim validate --print-schema > schemas/scenario.schema.json`");
    }

    @Test void enumeratesExactlyTheRegisteredOpsAndWritableVariables() throws Exception {
        JsonNode s = schema();
        assertEquals(new ArrayList<>(Effects.ops()), texts(s.at("/$defs/effect/properties/op/enum")));
        for (EffectType t : Effects.types()) {
            JsonNode e = s.at("/$defs/effect-" + t.op());
            assertFalse(e.isMissingNode(), "no schema for op " + t.op());
            Set<String> expected = new LinkedHashSet<>(t.fields());
            expected.add("op");
            assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(fields(e.get("properties"))), t.op());
            assertEquals(t.op(), e.at("/properties/op/const").asText());
        }
        List<String> vars = new ArrayList<>();
        for (Var v : Var.values()) if (v.writable()) vars.add(v.id);
        assertEquals(vars, texts(s.at("/$defs/var/enum")));
        assertFalse(texts(s.at("/$defs/var/enum")).contains(Metrics.HAZARD), "computed variables cannot be written");
    }

    @Test void objectsListExactlyTheFieldsTheLoaderAllows() throws Exception {
        JsonNode s = schema();
        assertEquals(ScenarioLoader.TOP, fields(s.get("properties")));
        assertEquals(ScenarioLoader.EVENT, fields(s.at("/$defs/event/properties")));
        assertEquals(ScenarioLoader.MODIFY, fields(s.at("/$defs/modification/properties")));
        assertEquals(ScenarioLoader.OVERRIDE, fields(s.at("/$defs/override/properties")));
        assertEquals("https://json-schema.org/draft/2020-12/schema", s.get("$schema").asText());
        assertEquals(false, s.get("additionalProperties").asBoolean(true));
        assertEquals(texts(s.at("/properties/bargaining/enum")), new ArrayList<>(new java.util.TreeSet<>(BargainingTheories.names())));
        assertEquals(ScenarioLoader.INTERVENTION, fields(s.at("/$defs/intervention/properties")));
        assertEquals(new ArrayList<>(Decisions.catalogue().keySet()), texts(s.at("/$defs/intervention/properties/decision/enum")),
                "an editor offers exactly the decision rules the model has");
        assertEquals(new ArrayList<>(Decisions.catalogue().keySet()), texts(s.at("/$defs/decision/properties/rule/enum")));
    }
}
