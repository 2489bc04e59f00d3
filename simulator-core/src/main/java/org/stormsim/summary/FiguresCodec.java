package org.stormsim.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * A lossless binary form of a figures tree, for a replication's figures sent back from a cluster
 * worker: each node is written with its own type (object, array, text, boolean, null, int, long,
 * double with its exact bits, float, decimal, big integer), fields in their order, so decoding gives
 * a tree equal to the one encoded and renderers write the same bytes from it. Text through JSON would
 * lose that (an int read back as a long is the same, but a NaN or a float is not). Stateless.
 */
final class FiguresCodec {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final int OBJECT = 0;
    private static final int ARRAY = 1;
    private static final int TEXT = 2;
    private static final int BOOLEAN = 3;
    private static final int NULL = 4;
    private static final int INT = 5;
    private static final int LONG = 6;
    private static final int DOUBLE = 7;
    private static final int FLOAT = 8;
    private static final int DECIMAL = 9;
    private static final int BIG_INTEGER = 10;

    private FiguresCodec() {
    }

    static byte[] encode(ObjectNode tree) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static ObjectNode decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return (ObjectNode) read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(DataOutputStream out, JsonNode n) throws IOException {
        if (n.isObject()) {
            out.writeByte(OBJECT);
            out.writeInt(n.size());
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                out.writeUTF(e.getKey());
                write(out, e.getValue());
            }
        } else if (n.isArray()) {
            out.writeByte(ARRAY);
            out.writeInt(n.size());
            for (JsonNode item : n) {
                write(out, item);
            }
        } else {
            writeScalar(out, n);
        }
    }

    private static void writeScalar(DataOutputStream out, JsonNode n) throws IOException {
        if (n.isTextual()) {
            out.writeByte(TEXT);
            writeLongUtf(out, n.textValue());
        } else if (n.isBoolean()) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(n.booleanValue());
        } else if (n.isNull() || n.isMissingNode()) {
            out.writeByte(NULL);
        } else if (n.isInt()) {
            out.writeByte(INT);
            out.writeInt(n.intValue());
        } else if (n.isLong()) {
            out.writeByte(LONG);
            out.writeLong(n.longValue());
        } else if (n.isDouble()) {
            out.writeByte(DOUBLE);
            out.writeLong(Double.doubleToRawLongBits(n.doubleValue()));
        } else if (n.isFloat()) {
            out.writeByte(FLOAT);
            out.writeInt(Float.floatToRawIntBits(n.floatValue()));
        } else if (n.isBigDecimal()) {
            out.writeByte(DECIMAL);
            writeLongUtf(out, n.decimalValue().toString());
        } else if (n.isBigInteger()) {
            out.writeByte(BIG_INTEGER);
            writeLongUtf(out, n.bigIntegerValue().toString());
        } else {
            throw new IllegalArgumentException("a figures tree holds no " + n.getNodeType() + " node");
        }
    }

    private static JsonNode read(DataInputStream in) throws IOException {
        int type = in.readByte();
        switch (type) {
            case OBJECT -> {
                ObjectNode o = F.objectNode();
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String key = in.readUTF();
                    o.set(key, read(in));
                }
                return o;
            }
            case ARRAY -> {
                ArrayNode a = F.arrayNode();
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    a.add(read(in));
                }
                return a;
            }
            case TEXT -> {
                return F.textNode(readLongUtf(in));
            }
            case BOOLEAN -> {
                return F.booleanNode(in.readBoolean());
            }
            case NULL -> {
                return F.nullNode();
            }
            default -> {
                return readNumber(type, in);
            }
        }
    }

    private static JsonNode readNumber(int type, DataInputStream in) throws IOException {
        return switch (type) {
            case INT -> F.numberNode(in.readInt());
            case LONG -> F.numberNode(in.readLong());
            case DOUBLE -> F.numberNode(Double.longBitsToDouble(in.readLong()));
            case FLOAT -> F.numberNode(Float.intBitsToFloat(in.readInt()));
            case DECIMAL -> DecimalNode.valueOf(new BigDecimal(readLongUtf(in))); // as written: the factory would strip zeros
            case BIG_INTEGER -> F.numberNode(new BigInteger(readLongUtf(in)));
            default -> throw new IOException("not a figures tree: node type " + type);
        };
    }

    /** Text of any length (writeUTF stops at 64 KB). */
    private static void writeLongUtf(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readLongUtf(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
