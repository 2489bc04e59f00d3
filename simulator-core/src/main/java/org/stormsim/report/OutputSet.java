package org.stormsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the files of one run or study as one set, so that a kill, a full disk or a failed write
 * never leaves a set that looks complete but is partial or mixed with an earlier run's. Every file
 * is first written into a staging folder beside its destination (on the same file system); then:
 * <ul>
 * <li>into a folder that does not exist yet, or is empty, the staging folder is renamed into place,
 *     in one step: the folder holds the whole set or nothing;</li>
 * <li>into a folder that already holds files (an earlier run's, or the user's), a marker
 *     {@value #INCOMPLETE} is written first, saying the folder's files are being replaced; the new
 *     files are renamed in (the first of the set, the summary, last); then the marker is removed. A
 *     kill between leaves the marker, which says the files may be of two runs ({@code compare}
 *     refuses such a folder).</li>
 * </ul>
 * A write that fails (no space left, a read-only folder) removes the staging folder and leaves the
 * destination as it was. Stateless.
 */
public final class OutputSet {
    /** The marker left in a folder whose files were being replaced when the run stopped. */
    public static final String INCOMPLETE = "OUTPUTS-INCOMPLETE.txt";

    /** Writes a set of files into a staging folder and returns them, the summary first. */
    @FunctionalInterface
    public interface Writer {
        List<Path> write(Path staging) throws IOException;
    }

    private OutputSet() {
    }

    /** Writes the set {@code writer} makes into {@code dir} and returns the files in {@code dir}, in the writer's order. */
    public static List<Path> write(Path dir, Writer writer) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        boolean fresh = !Files.exists(target) || isEmptyFolder(target);
        Path staging;
        try {
            staging = AtomicFiles.createUnique(fresh ? parent : target, "." + target.getFileName() + ".partial-", "", Files::createDirectory);
        } catch (java.nio.file.FileSystemException e) { // name the folder asked for, not the staging folder
            throw new java.nio.file.FileSystemException(dir.toString(), null, e.getReason());
        }
        List<Path> staged;
        try {
            staged = writer.write(staging);
        } catch (java.nio.file.FileSystemException e) {
            deleteTree(staging);
            Path f = e.getFile() == null ? null : Path.of(e.getFile()).toAbsolutePath();
            throw f != null && f.startsWith(staging) ? new java.nio.file.FileSystemException(dir.resolve(staging.relativize(f)).toString(), null,
                    e.getReason()) : e;
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
        List<Path> placed = new ArrayList<>();
        for (Path f : staged) {
            placed.add(dir.resolve(staging.relativize(f)));
        }
        if (fresh) {
            Files.deleteIfExists(target); // an empty folder: the staging folder takes its place
            move(staging, target);
            return placed;
        }
        for (Path f : staged) {
            Path to = target.resolve(staging.relativize(f));
            if (Files.isDirectory(to)) {
                deleteTree(staging);
                throw new java.nio.file.FileSystemException(to.toString(), null, "a folder is where this file must go");
            }
        }
        Path marker = target.resolve(INCOMPLETE);
        Files.writeString(marker, "stormsim was replacing the output files in this folder and stopped before it had finished: the files here "
                + "may be of two runs. Run it again, or into a new folder.\n", StandardCharsets.UTF_8);
        for (int i = staged.size() - 1; i >= 0; i--) {
            Path to = target.resolve(staging.relativize(staged.get(i)));
            Files.createDirectories(to.getParent());
            move(staged.get(i), to);
        }
        deleteTree(staging);
        Files.delete(marker);
        return placed;
    }

    private static boolean isEmptyFolder(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (DirectoryStream<Path> in = Files.newDirectoryStream(p)) {
            return !in.iterator().hasNext();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            for (Path x : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        } catch (IOException e) {
            // best effort: a staging folder left behind is hidden and named .partial
        }
    }
}
