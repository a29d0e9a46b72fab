package org.appraise.io.git.internal;

import java.nio.file.Path;

import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * SSH for one sync only (no process-wide session factory): JGit's Apache MINA client reading the user's keys,
 * ~/.ssh/config and known_hosts as OpenSSH does; a key's passphrase and an unknown host key are asked through the
 * credentials provider. Closed with the sync.
 */
public final class SyncSsh implements TransportConfigCallback, AutoCloseable {

    private final Path directory;
    private SshdSessionFactory factory;

    /** SSH reading its keys and configuration from this directory (~/.ssh), whose parent is taken as home. */
    public SyncSsh(Path directory) {
        this.directory = directory;
    }

    @Override
    public void configure(Transport transport) {
        if (transport instanceof SshTransport ssh) {
            if (factory == null) {
                factory = new SshdSessionFactoryBuilder().setHomeDirectory(directory.getParent().toFile())
                        .setSshDirectory(directory.toFile()).build(new JGitKeyCache());
            }
            ssh.setSshSessionFactory(factory);
        }
    }

    @Override
    public void close() {
        if (factory != null) {
            factory.close();
        }
    }
}
