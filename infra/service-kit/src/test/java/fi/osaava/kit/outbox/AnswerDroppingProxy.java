package fi.osaava.kit.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP proxy in front of a store that, while {@link #dropAnswers dropping}, passes every request on and closes the
 * connection when the answer comes back instead of passing it: the write was applied, its writer hears only that the
 * connection broke. As when the store's process dies after a write and before its reply.
 */
final class AnswerDroppingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int upstreamPort;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "answer-dropping-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean dropping;

    AnswerDroppingProxy(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.submit(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    void dropAnswers(boolean dropping) {
        this.dropping = dropping;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                threads.submit(() -> pipe(client.getInputStream(), upstream.getOutputStream(), client, upstream, false));
                threads.submit(() -> pipe(upstream.getInputStream(), client.getOutputStream(), client, upstream, true));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private Void pipe(InputStream in, OutputStream out, Socket client, Socket upstream, boolean answers) {
        byte[] buffer = new byte[16 * 1024];
        try (client; upstream) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (answers && dropping) {
                    return null; // the answer is lost with the connection
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // the other direction closed the sockets
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
