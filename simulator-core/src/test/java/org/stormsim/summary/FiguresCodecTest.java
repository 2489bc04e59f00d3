package org.stormsim.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/** A figures tree sent to another JVM and back is the same tree: every node's type, every double's bits, the fields' order. */
class FiguresCodecTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Test
    void shouldReadBackEveryNodeTypeAsWritten() throws Exception {
        ObjectNode tree = F.objectNode();
        tree.put("z", 1).put("a", 1L << 40).put("nan", Double.NaN).put("tiny", Double.MIN_VALUE).put("negZero", -0.0)
                .put("third", 1.0 / 3).put("f", 0.1f).put("t", "é \u2013 text").put("yes", true).putNull("missing");
        tree.set("dec", DecimalNode.valueOf(new BigDecimal("1.500")));
        tree.put("big", new BigInteger("123456789012345678901234567890"));
        tree.putArray("list").add(1).add(2.5).addObject().put("inner", "x");
        tree.put("long", "x".repeat(70_000));
        Figures back = (Figures) roundTrip(new Figures(tree));
        assertEquals(tree, back.tree(), "equal trees");
        assertEquals(SummaryJson.toJson(tree), SummaryJson.toJson(back.tree()), "the same JSON written");
        assertTypes(tree, back.tree());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.tree().path("negZero").doubleValue()));
        assertEquals("1.500", back.tree().path("dec").decimalValue().toString(), "a decimal's scale kept");
    }

    private static void assertTypes(JsonNode a, JsonNode b) {
        assertEquals(a.getClass(), b.getClass(), a.toString().length() > 80 ? a.getNodeType().toString() : a.toString());
        assertEquals(a.size(), b.size());
        Iterator<String> ia = a.fieldNames();
        Iterator<String> ib = b.fieldNames();
        while (ia.hasNext()) {
            String k = ia.next();
            assertTrue(ib.hasNext());
            assertEquals(k, ib.next(), "fields in order");
            assertTypes(a.get(k), b.get(k));
        }
        for (int i = 0; a.isArray() && i < a.size(); i++) {
            assertTypes(a.get(i), b.get(i));
        }
    }

    private static Object roundTrip(Object o) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
