package org.appraise.io.git;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;

/** Serves git-upload-pack and git-receive-pack for a repository under the root, as a git host does over SSH. */
final class GitOverSsh implements org.apache.sshd.server.command.Command {

    private final Path root;
    private final String command;
    private java.io.InputStream in;
    private java.io.OutputStream out;
    private java.io.OutputStream err;
    private org.apache.sshd.server.ExitCallback exit;

    GitOverSsh(Path root, String command) {
        this.root = root;
        this.command = command;
    }

    @Override
    public void setInputStream(java.io.InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(java.io.OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(java.io.OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(org.apache.sshd.server.ExitCallback exit) {
        this.exit = exit;
    }

    @Override
    public void start(org.apache.sshd.server.channel.ChannelSession channel, org.apache.sshd.server.Environment environment) {
        Thread serve = new Thread(() -> {
            int status = 0;
            String path = command.replaceFirst("^git[- ](upload|receive)-pack\\s+", "").replace("'", "").replaceFirst("^/", "");
            try (org.eclipse.jgit.lib.Repository repository = Git.open(root.resolve(path).toFile()).getRepository()) {
                if (command.startsWith("git-upload-pack")) {
                    new org.eclipse.jgit.transport.UploadPack(repository).upload(in, out, err);
                } else if (command.startsWith("git-receive-pack")) {
                    new org.eclipse.jgit.transport.ReceivePack(repository).receive(in, out, err);
                } else {
                    status = 127;
                }
            } catch (IOException e) {
                status = 1;
            }
            try {
                out.flush();
            } catch (IOException e) {
                // the client has gone
            }
            exit.onExit(status);
        }, "git-over-ssh");
        serve.setDaemon(true);
        serve.start();
    }

    @Override
    public void destroy(org.apache.sshd.server.channel.ChannelSession channel) {
        // the serving thread ends with its streams
    }
}
