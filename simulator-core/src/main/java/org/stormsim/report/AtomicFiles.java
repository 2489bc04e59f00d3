package org.stormsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files so that a reader never sees half of one: the content goes to a temporary
 * file in the same folder, which is then renamed over the target.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * A new empty file {@code prefix<random>suffix} in {@code dir}, created with the permissions the
     * user's umask gives (a temporary file of {@code Files.createTempFile} would be 0600, and would
     * stay so once renamed into place).
     */
    static Path createHidden(Path dir, String prefix, String suffix) throws IOException {
        return createUnique(dir, prefix, suffix, Files::createFile);
    }

    /** Makes something at a path of its own, as {@code create} does. */
    @FunctionalInterface
    interface Creator {
        Path create(Path p, java.nio.file.attribute.FileAttribute<?>... attributes) throws IOException;
    }

    /**
     * A new file or folder ({@code create}: {@code Files::createFile} or {@code Files::createDirectory})
     * named {@code prefix<random>suffix} in {@code dir}, with the permissions the user's umask gives.
     */
    static Path createUnique(Path dir, String prefix, String suffix, Creator create) throws IOException {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; ; attempt++) {
            try {
                return create.create(dir.resolve(prefix + Long.toUnsignedString(random.nextLong(), 36) + suffix));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    public static void write(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = createHidden(dir, "." + target.getFileName(), ".tmp");
        try {
            try {
                Files.writeString(tmp, content, StandardCharsets.UTF_8);
            } catch (java.nio.file.FileSystemException e) {
                throw e;
            } catch (IOException e) { // e.g. no space left on device: say which file
                throw new java.nio.file.FileSystemException(target.toString(), null, e.getMessage());
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
