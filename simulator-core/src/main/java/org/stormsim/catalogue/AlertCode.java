package org.stormsim.catalogue;

/**
 * One alert the catalogue knows: a GBCS Device alert code (four hex digits, e.g. {@code 8F3E}) or
 * a DCC alert (e.g. {@code AD1}, the Communications Hub power outage alert). {@code index} is its
 * position in the catalogue, used to index primitive arrays.
 */
public record AlertCode(int index, String code, String name, boolean dccAlert) {
}
