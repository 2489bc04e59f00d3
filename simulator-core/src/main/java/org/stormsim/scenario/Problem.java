package org.stormsim.scenario;

/**
 * One thing wrong with a scenario: where it is, the field path (e.g. {@code stations[1].service}),
 * the offending value as written (or null when a field is missing), what is wrong and what is
 * allowed.
 */
public record Problem(Location location, String path, String value, String message) {
    /** The one-line form the CLI prints: {@code file:line:col: path: value: message}. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(location).append(": ");
        if (path != null && !path.isEmpty()) {
            sb.append(path).append(": ");
        }
        if (value != null) {
            sb.append(value).append(": ");
        }
        sb.append(message);
        return sb.toString();
    }
}
