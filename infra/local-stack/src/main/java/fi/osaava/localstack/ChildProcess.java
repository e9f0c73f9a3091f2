package fi.osaava.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A JVM the stack started, with its stdout and stderr going to one log file. */
final class ChildProcess {

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    static ChildProcess start(String name, List<String> command, Path logFile) {
        return start(name, command, java.util.Map.of(), logFile);
    }

    /**
     * {@code environment} is added to this process's: the place for secrets, which a command line would show
     * to every user of the machine ({@code ps}), while a process's environment is readable only by its owner.
     */
    static ChildProcess start(String name, List<String> command, java.util.Map<String, String> environment, Path logFile) {
        return start(name, command, environment, logFile, false);
    }

    /** With {@code appendToLog}, a restarted process's lines follow those of the one before. */
    static ChildProcess start(String name, List<String> command, java.util.Map<String, String> environment, Path logFile,
                              boolean appendToLog) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(environment);
            Process process = builder
                    .redirectErrorStream(true)
                    .redirectOutput(appendToLog ? ProcessBuilder.Redirect.appendTo(logFile.toFile())
                            : ProcessBuilder.Redirect.to(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .start();
            return new ChildProcess(name, process, logFile);
        } catch (IOException e) {
            throw new LocalStackException("could not start " + name + " with " + String.join(" ", command), e);
        }
    }

    /** The java of this JVM, for the children to run on the same. */
    static String javaExecutable() {
        Path java = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java");
        if (Files.isExecutable(java)) {
            return java.toString();
        }
        return ProcessHandle.current().info().command().orElse("java");
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    Path logFile() {
        return logFile;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Only meaningful once {@link #isAlive()} is false. */
    int exitValue() {
        return process.exitValue();
    }

    /** Asks the process to stop (SIGTERM); see {@link #awaitExit}. */
    void requestStop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    /** Waits until the process has exited or the deadline passes; then kills it if it is still there. */
    void awaitExit(long deadlineNanos) {
        try {
            long left = deadlineNanos - System.nanoTime();
            if (left > 0) {
                process.waitFor(left, TimeUnit.NANOSECONDS);
            }
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    void stop(Duration grace) {
        requestStop();
        awaitExit(System.nanoTime() + grace.toNanos());
    }

    /** The last lines of the log, for error messages. */
    String tail(int lines) {
        if (!Files.isRegularFile(logFile)) {
            return "(no log at " + logFile + ")";
        }
        Deque<String> last = new ArrayDeque<>(lines);
        try (Stream<String> all = Files.lines(logFile, StandardCharsets.UTF_8)) {
            all.forEach(line -> {
                if (last.size() == lines) {
                    last.removeFirst();
                }
                last.addLast(line);
            });
        } catch (IOException | RuntimeException e) {
            // the file may be mid-write or not UTF-8: fall back to bytes
            try {
                String text = new String(Files.readAllBytes(logFile), StandardCharsets.ISO_8859_1);
                List<String> all = text.lines().toList();
                return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
            } catch (IOException again) {
                return "(could not read " + logFile + ": " + again + ")";
            }
        }
        return String.join(System.lineSeparator(), last);
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
