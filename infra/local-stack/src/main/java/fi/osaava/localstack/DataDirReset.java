package fi.osaava.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** {@code run-local.sh --reset}: forgets the data of a data dir that no running stack uses. */
final class DataDirReset {

    private DataDirReset() {
    }

    /**
     * Deletes only what the stack writes (mongo.mv, logs/*.log, demo-ids.json, credentials.json), never
     * anything else in the directory.
     */
    static void reset(StackSettings settings, PrintStream out) {
        Path dir = settings.dataDir();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try {
            Path mongo = settings.mongoFile();
            if (Files.exists(mongo)) {
                if (isLocked(mongo)) {
                    throw new IllegalStateException(mongo + " is in use: stop the running local stack first");
                }
                Files.delete(mongo);
            }
            Files.deleteIfExists(settings.demoIdsFile());
            Path credentials = settings.credentialsFile();
            Files.deleteIfExists(credentials);
            Files.deleteIfExists(credentials.resolveSibling(credentials.getFileName() + ".tmp"));
            Path logs = settings.logDir();
            if (Files.isDirectory(logs)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(logs, "*.log")) {
                    for (Path file : files) {
                        Files.delete(file);
                    }
                }
                deleteIfEmpty(logs);
            }
            deleteIfEmpty(dir);
            out.println("Reset: deleted the data in " + dir);
        } catch (IOException e) {
            throw new IllegalStateException("could not reset " + dir + ": " + e, e);
        }
    }

    private static boolean isLocked(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    private static void deleteIfEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            if (!entries.iterator().hasNext()) {
                Files.delete(dir);
            }
        }
    }
}
