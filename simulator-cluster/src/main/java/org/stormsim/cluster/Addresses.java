package org.stormsim.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of cluster addresses as given on the command line, {@code host:port} separated by commas
 * (the port 1 to 65535; a host alone takes {@link #DEFAULT_PORT}). Parsing reports the first bad
 * entry with what is allowed. Immutable.
 */
record Addresses(List<String> entries) {
    /** Hazelcast's first member port, where {@code stormsim worker} listens unless told otherwise. */
    static final int DEFAULT_PORT = 5701;

    Addresses {
        entries = List.copyOf(entries);
    }

    /** The addresses of {@code text}; an {@link IllegalArgumentException} naming the option, the entry and what is allowed. */
    static Addresses parse(String option, String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.split(",", -1)) {
            String a = raw.trim();
            if (a.isEmpty()) {
                throw new IllegalArgumentException(option + " " + text + ": an empty address; allowed: host:port,host:port,... e.g. 127.0.0.1:5701");
            }
            int colon = a.lastIndexOf(':');
            String host = colon < 0 ? a : a.substring(0, colon);
            String port = colon < 0 ? String.valueOf(DEFAULT_PORT) : a.substring(colon + 1);
            if (host.isEmpty() || !host.matches("[A-Za-z0-9.\\-]+")) {
                throw new IllegalArgumentException(option + " " + text + ": '" + a
                        + "' has no host name or IPv4 address; allowed: host:port, e.g. 127.0.0.1:5701");
            }
            out.add(host + ":" + port(option, text, a, port));
        }
        return new Addresses(out);
    }

    private static int port(String option, String text, String entry, String port) {
        try {
            int p = Integer.parseInt(port);
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " " + text + ": '" + entry + "' has port '" + port + "'; allowed: a port 1 to 65535, e.g. 127.0.0.1:5701");
    }

    @Override
    public String toString() {
        return String.join(",", entries);
    }
}
