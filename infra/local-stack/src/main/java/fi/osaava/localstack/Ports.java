package fi.osaava.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checking that configured ports are free and picking free ones for what binds later. */
final class Ports {

    static final String LOOPBACK = "127.0.0.1";
    private static final int PICKED_PORTS_FROM = 20000;
    private static final int PICKED_PORTS_TO = 32000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ports() {
    }

    /** @param wanted what binds it (e.g. "Kafka") to its configured port; 0 is picked later and not checked */
    static void requireFree(Map<String, Integer> wanted) {
        List<String> busy = new ArrayList<>();
        wanted.forEach((what, port) -> {
            if (port != 0 && !isFree(port)) {
                busy.add(what + " " + port);
            }
        });
        if (!busy.isEmpty()) {
            throw new LocalStackException("ports already in use: " + String.join(", ", busy)
                    + " (is another local stack still running? try `pgrep -af 'stack/.*jar'`)");
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // like Tomcat, Kafka and GreenMail: connections of a stack that just stopped (TIME_WAIT) do not count,
            // a listening socket does
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * {@code port}, or when it is 0 a port for a child process to bind later. Picked below Linux's ephemeral range
     * (32768–60999), where the OS places port-0 listeners (Kafka's, MongoDB's) and outgoing connections, so a
     * picked port is not handed to someone else between the pick and the child's bind.
     */
    static int orFree(int port) {
        if (port != 0) {
            return port;
        }
        for (int tries = 0; tries < 200; tries++) {
            int candidate = PICKED_PORTS_FROM + RANDOM.nextInt(PICKED_PORTS_TO - PICKED_PORTS_FROM);
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(LOOPBACK, candidate));
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new LocalStackException("no free port between " + PICKED_PORTS_FROM + " and " + PICKED_PORTS_TO);
    }
}
