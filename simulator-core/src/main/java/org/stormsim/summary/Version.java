package org.stormsim.summary;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * stormsim's version and the git commit it was built from, from the properties file Maven filters
 * at build time. The commit is {@code unknown} when the jar was built outside a git checkout, and
 * ends in {@code -dirty} when the working tree had uncommitted changes.
 */
public final class Version {
    private static final Properties BUILD = load();
    private static final String VERSION = known(BUILD.getProperty("version"));
    private static final String COMMIT = commit(BUILD);

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    /** The full git commit id of the build, {@code unknown} when the build had none. */
    public static String commit() {
        return COMMIT;
    }

    private static String commit(Properties p) {
        String id = known(p.getProperty("commit"));
        return id.equals("unknown") || !"true".equals(p.getProperty("dirty")) ? id : id + "-dirty";
    }

    /** The value, or {@code unknown} when it is missing or was never filtered (a {@code ${...}} left as written). */
    private static String known(String v) {
        return v == null || v.isBlank() || v.contains("${") ? "unknown" : v.trim();
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/stormsim-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // the version stays unknown
        }
        return p;
    }
}
