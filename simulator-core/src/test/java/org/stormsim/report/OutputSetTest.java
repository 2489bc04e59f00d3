package org.stormsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's files written as one set: all or nothing in a new folder, a marker while replacing, nothing left by a failed write. */
class OutputSetTest {
    @TempDir
    Path tmp;

    private static OutputSet.Writer two(String a, String b) {
        return staging -> {
            AtomicFiles.write(staging.resolve("summary.json"), a);
            AtomicFiles.write(staging.resolve("report.html"), b);
            return List.of(staging.resolve("summary.json"), staging.resolve("report.html"));
        };
    }

    private List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void shouldPlaceTheWholeSetInANewFolderAndNothingElse() throws IOException {
        Path dir = tmp.resolve("run");
        List<Path> files = OutputSet.write(dir, two("{}", "<html>"));
        assertEquals(List.of(dir.resolve("summary.json"), dir.resolve("report.html")), files);
        assertEquals(List.of("report.html", "summary.json"), names(dir));
        assertEquals(List.of("run"), names(tmp), "no staging folder left beside it");
    }

    @Test
    void shouldReplaceAnEarlierRunsFilesAndRemoveTheMarker() throws IOException {
        Path dir = tmp.resolve("run");
        OutputSet.write(dir, two("old", "old"));
        Files.writeString(dir.resolve("notes.txt"), "the user's");
        OutputSet.write(dir, two("new", "new"));
        assertEquals("new", Files.readString(dir.resolve("summary.json")));
        assertEquals("new", Files.readString(dir.resolve("report.html")));
        assertEquals(List.of("notes.txt", "report.html", "summary.json"), names(dir), "the user's file kept; no marker, no staging folder");
    }

    @Test
    void shouldLeaveNothingWhenAWriteFailsAndNameTheFinalFile() throws IOException {
        Path dir = tmp.resolve("run");
        OutputSet.Writer failing = staging -> {
            AtomicFiles.write(staging.resolve("summary.json"), "{}");
            throw new FileSystemException(staging.resolve("report.html").toString(), null, "No space left on device");
        };
        FileSystemException e = assertThrows(FileSystemException.class, () -> OutputSet.write(dir, failing));
        assertEquals(dir.resolve("report.html").toString(), e.getFile(), "the file is named where it was to go");
        assertFalse(Files.exists(dir), "nothing is left of a failed set");
        assertEquals(List.of(), names(tmp));
        OutputSet.write(dir, two("old", "old"));
        assertThrows(FileSystemException.class, () -> OutputSet.write(dir, failing));
        assertEquals("old", Files.readString(dir.resolve("summary.json")), "the earlier set is as it was");
        assertEquals(List.of("report.html", "summary.json"), names(dir));
    }

    @Test
    void shouldRefuseAFolderWhereAFileMustGoBeforeTouchingTheEarlierSet() throws IOException {
        Path dir = tmp.resolve("run");
        OutputSet.write(dir, two("old", "old"));
        Files.delete(dir.resolve("report.html"));
        Files.createDirectories(dir.resolve("report.html").resolve("inside"));
        FileSystemException e = assertThrows(FileSystemException.class, () -> OutputSet.write(dir, two("new", "new")));
        assertTrue(e.getMessage().contains("a folder is where this file must go"), e.getMessage());
        assertEquals("old", Files.readString(dir.resolve("summary.json")));
        assertFalse(Files.exists(dir.resolve(OutputSet.INCOMPLETE)));
    }
}
