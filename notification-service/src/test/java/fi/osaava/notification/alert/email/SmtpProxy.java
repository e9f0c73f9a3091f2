package fi.osaava.notification.alert.email;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of a real SMTP server (GreenMail) that behaves like a relay with rules of its own, and
 * witnesses the connections from the server's side: it counts the connections it accepted and knows which are
 * still open. It can refuse a recipient ({@code 550}), close a connection after so many mails ({@code 421},
 * as servers that limit mails per session do) and drop every open connection at once.
 *
 * <p>It reads the client's commands line by line (the mail's content between {@code DATA} and {@code .} is
 * passed on untouched) and copies the server's answers back as they come; SMTP without pipelining, as
 * GreenMail speaks it, has one command in flight at a time, so an answer of its own never crosses one of the
 * server's.
 */
final class SmtpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final AtomicInteger accepted = new AtomicInteger();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private volatile int mailsPerConnection = Integer.MAX_VALUE;

    SmtpProxy(String targetHost, int targetPort) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        Thread acceptor = new Thread(this::accept, "smtp-proxy-" + port());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Connections the clients opened, over the proxy's life. */
    int connectionsAccepted() {
        return accepted.get();
    }

    int connectionsOpen() {
        return open.size();
    }

    /** {@code RCPT TO} this address is answered {@code 550}, as a server refuses an unknown mailbox. */
    void refuse(String address) {
        refused.add(address.toLowerCase(Locale.ROOT));
    }

    /** After this many mails a connection's next {@code MAIL FROM} is answered {@code 421} and it is closed. */
    void closeAfterMails(int mails) {
        mailsPerConnection = mails;
    }

    /** Cuts every open connection, as a server that restarts or a firewall that forgets them does. */
    void dropAll() {
        open.forEach(SmtpProxy::closeQuietly);
    }

    @Override
    public void close() {
        closeQuietly(listener);
        dropAll();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                accepted.incrementAndGet();
                Socket server = new Socket(targetHost, targetPort);
                open.add(client);
                daemon(() -> copy(server, client), "smtp-proxy-answers");
                daemon(() -> relayCommands(client, server), "smtp-proxy-commands");
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void relayCommands(Socket client, Socket server) {
        int mails = 0;
        boolean inData = false;
        try (client; server) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream toServer = server.getOutputStream();
            OutputStream toClient = client.getOutputStream();
            byte[] line;
            while ((line = readLine(in)) != null) {
                String text = new String(line, StandardCharsets.ISO_8859_1).trim();
                if (inData) {
                    inData = !".".equals(text);
                } else if (text.toUpperCase(Locale.ROOT).startsWith("MAIL FROM") && ++mails > mailsPerConnection) {
                    answer(toClient, "421 4.7.0 Too many mails on one connection, closing");
                    return;
                } else if (isRefusedRecipient(text)) {
                    answer(toClient, "550 5.1.1 Recipient address rejected: user unknown");
                    continue;
                } else if ("DATA".equalsIgnoreCase(text)) {
                    inData = true;
                }
                toServer.write(line);
                toServer.flush();
            }
        } catch (IOException e) {
            // a side closed
        } finally {
            open.remove(client);
        }
    }

    private boolean isRefusedRecipient(String command) {
        String upper = command.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("RCPT TO")) {
            return false;
        }
        int start = command.indexOf('<');
        int end = command.indexOf('>', start + 1);
        return start >= 0 && end > start && refused.contains(command.substring(start + 1, end).toLowerCase(Locale.ROOT));
    }

    private static void answer(OutputStream toClient, String answer) throws IOException {
        synchronized (toClient) {
            toClient.write((answer + "\r\n").getBytes(StandardCharsets.US_ASCII));
            toClient.flush();
        }
    }

    private void copy(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                synchronized (out) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // a side closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    /** One line with its line end, or null at the end of the stream. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) >= 0) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    private static void daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
