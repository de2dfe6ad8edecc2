package org.tacerisk.cli;

import java.net.SocketPermission;
import java.security.Permission;
import org.tacerisk.common.NativeCaches;

/**
 * Runs the CLI as {@link Main} does, with a security manager that refuses, and reports on stderr, every socket the
 * Java code tries to open (connect, listen, accept, resolve a host name); everything else is allowed and costs no
 * policy look-up. Exits 99 when any socket was tried, else with the command's exit code. Needs
 * {@code -Djava.security.manager=allow} (Java 17). Native code is not covered: {@link OfflineRunTest} also runs this
 * inside a network namespace without network ({@code unshare -rn}) where the system allows one.
 */
public final class NoNetworkMain {

    static final int NETWORK_USED = 99;
    /** {@code --connect HOST:PORT}: tries one connection instead of a command (the guard's own test). */
    static final String CONNECT = "--connect";
    static volatile int attempts;

    private NoNetworkMain() {
    }

    @SuppressWarnings({"removal", "deprecation"})
    public static void main(String[] args) {
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission perm) {
                if (perm instanceof SocketPermission) {
                    attempts++;
                    System.err.println("NETWORK USED: " + perm);
                    throw new SecurityException("no network: " + perm);
                }
            }

            @Override
            public void checkPermission(Permission perm, Object context) {
                checkPermission(perm);
            }
        });
        NativeCaches.configure();
        int code = CONNECT.equals(args[0]) ? connect(args[1]) : TaceRiskCommand.execute(args);
        System.exit(attempts > 0 ? NETWORK_USED : code);
    }

    private static int connect(String hostPort) {
        String[] parts = hostPort.split(":");
        try (java.net.Socket socket = new java.net.Socket(parts[0], Integer.parseInt(parts[1]))) {
            return 0;
        } catch (java.io.IOException | SecurityException e) {
            return 1;
        }
    }
}
