package org.appraise.io.git;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

/**
 * A TCP proxy in front of the git daemon that, when asked, lets a push send its pack and then holds back
 * everything after it (the server never sees the end, the client never gets the reply).
 */
final class StallingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final java.util.concurrent.atomic.AtomicBoolean stallNext = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.CountDownLatch stalled = new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);
    private final List<java.net.Socket> sockets = new java.util.concurrent.CopyOnWriteArrayList<>();

    StallingProxy(int target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "stalling-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return server.getLocalPort();
    }

    void stallNextPush() {
        stallNext.set(true);
    }

    boolean stalled(int seconds) throws InterruptedException {
        return stalled.await(seconds, java.util.concurrent.TimeUnit.SECONDS);
    }

    void release() {
        released.countDown();
        for (java.net.Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a connection of a killed client
            }
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                java.net.Socket client = server.accept();
                java.net.Socket upstream = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), target);
                sockets.add(client);
                sockets.add(upstream);
                pump(client.getInputStream(), upstream.getOutputStream(), true);
                pump(upstream.getInputStream(), client.getOutputStream(), false);
            } catch (IOException e) {
                return;
            }
        }
    }

    /**
     * Copies bytes; from a client, watches for a push (git-receive-pack) while a stall is asked for, and then
     * stops forwarding right after the pack header reaches the server. Fetches pass.
     */
    private void pump(java.io.InputStream in, java.io.OutputStream out, boolean fromClient) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            String seen = "";
            boolean stall = false;
            boolean first = fromClient;
            try {
                for (int n; (n = in.read(buffer)) > 0;) {
                    if (first) {
                        first = false;
                        stall = new String(buffer, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).contains("git-receive-pack")
                                && stallNext.getAndSet(false);
                    }
                    if (stall) {
                        String chunk = new String(buffer, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
                        int pack = (seen + chunk).indexOf("PACK");
                        if (pack >= 0) {
                            int upTo = Math.max(0, pack - seen.length()) + 4;
                            out.write(buffer, 0, Math.min(n, upTo));
                            out.flush();
                            stalled.countDown();
                            released.await();
                            return;
                        }
                        seen = chunk.substring(Math.max(0, chunk.length() - 3));
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // a side went away
            }
        }, "stalling-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        release();
        server.close();
    }
}
