package org.appraise.io.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.appraise.io.json.ReviewFolder;
import org.appraise.model.Review;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two reviewers' clones of one bare repository: each codes in their own files and syncs in both orders;
 * two edits of the same lines conflict without losing either version; a failed push keeps the local commit.
 */
final class ReviewRepositoryTest {

    private static final Path SAMPLE = Path.of(System.getProperty("appraise.repo", "../..")).resolve("samples/hcc-pd1-combination");
    private static final Author AB = new Author("ab", "ab@example.org");
    private static final Author CD = new Author("cd", "cd@example.org");
    private static final Author EF = new Author("ef", "ef@example.org");

    @TempDir
    Path temp;

    @Test
    void reviewersWritingDifferentFilesSyncInBothOrdersAndSeeEachOthersWork() throws Exception {
        Path bare = bare("team.git");
        Path a = start(bare.toUri().toString());
        Path b = clone(bare.toUri().toString(), "b");

        edit(a, review -> study(review, "li-2022").getExtractions().get(0).setNotes("ab: checked Table 2 again"));
        edit(b, review -> study(review, "liu-2021").getExtractions().get(0).setNotes("cd: second look at the PSM table"));
        ReviewRepository.SyncReport first = new ReviewRepository(a).sync(AB, "ab: li-2022 notes", ReviewRepository.Prefer.NONE, null);
        assertTrue(first.committed().isPresent() && first.pushed().isPresent(), first.toString());
        ReviewRepository.SyncReport second = new ReviewRepository(b).sync(CD, "cd: liu-2021 notes", ReviewRepository.Prefer.NONE, null);
        assertTrue(second.clean(), second.toString());
        assertEquals("MERGED", second.merge());
        new ReviewRepository(a).sync(AB, null, ReviewRepository.Prefer.NONE, null);
        for (Path clone : List.of(a, b)) {
            ReviewFolder folder = ReviewFolder.open(clone);
            assertEquals(List.of(), folder.problems());
            assertEquals("ab: checked Table 2 again", study(folder.review(), "li-2022").getExtractions().get(0).getNotes());
            assertEquals("cd: second look at the PSM table", study(folder.review(), "liu-2021").getExtractions().get(0).getNotes());
        }
        List<ReviewRepository.Change> history = new ReviewRepository(b).history("studies/li-2022");
        assertEquals("ab", history.get(0).author());
        assertEquals("ab: li-2022 notes", history.get(0).message());
        assertEquals(List.of("studies/li-2022/li-2022--ab.json"), history.get(0).files());
    }

    @Test
    void threeClonesCodeCompareAndAgreeAndTheConsensusReachesEveryone() throws Exception {
        Path bare = bare("team.git");
        Path a = start(bare.toUri().toString());
        Path b = clone(bare.toUri().toString(), "b");
        Path c = clone(bare.toUri().toString(), "c");
        org.appraise.core.rob.RiskOfBiasTools tools = org.appraise.core.rob.RiskOfBiasTools.builtIn();
        int before = disagreements(ReviewFolder.open(c).review(), tools).size();

        // ab and cd, each in their own clone and file, code li-2022 differently in two planted places
        edit(a, review -> extraction(review, "li-2022--ab").getArms().get(0).getGroupSizes().get(0).getN().setNumber(new java.math.BigDecimal("38")));
        edit(b, review -> extraction(review, "li-2022--cd").getPico().get(0).setText("Adults with advanced HCC, Child-Pugh A (cd's reading)"));
        new ReviewRepository(b).sync(CD, "cd: li-2022 PICO", ReviewRepository.Prefer.NONE, null);
        new ReviewRepository(a).sync(AB, "ab: li-2022 arm size", ReviewRepository.Prefer.NONE, null);
        new ReviewRepository(b).sync(CD, null, ReviewRepository.Prefer.NONE, null);
        assertTrue(new ReviewRepository(c).sync(EF, null, ReviewRepository.Prefer.NONE, null).clean());

        // ef, in a third clone, finds exactly the planted disagreements on top of the sample's
        ReviewFolder efs = ReviewFolder.open(c);
        List<org.appraise.core.agreement.ReviewAgreement.Disagreement> found = disagreements(efs.review(), tools);
        assertEquals(before + 2, found.size(), found.toString());
        List<String> planted = found.stream().map(d -> d.field().key()).filter(k -> k.contains(" \u00b7 n (") || k.equals("population")).toList();
        assertEquals(2, planted.size(), found.toString());

        // and records the consensus: started from ab's, cd's population taken
        org.eclipse.emf.common.command.BasicCommandStack stack = new org.eclipse.emf.common.command.BasicCommandStack();
        org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain domain = new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain(
                new org.eclipse.emf.edit.provider.ComposedAdapterFactory(new org.appraise.model.edit.provider.AppraiseItemProviderAdapterFactory()), stack);
        domain.getResourceSet().getResources().add(efs.review().eResource());
        org.appraise.core.agreement.ExtractionConsensus consensus = new org.appraise.core.agreement.ExtractionConsensus(domain, efs.review(), tools);
        org.appraise.model.Study li = study(efs.review(), "li-2022");
        org.appraise.model.Reviewer ef = efs.review().getReviewers().stream().filter(r -> r.getId().equals("ef")).findFirst().orElseThrow();
        stack.execute(consensus.start(li, extraction(efs.review(), "li-2022--ab"), ef));
        org.appraise.core.agreement.ExtractionComparison.Field population = found.stream().filter(d -> d.field().key().equals("population"))
                .findFirst().orElseThrow().field();
        org.appraise.model.Extraction agreed = org.appraise.core.agreement.ExtractionConsensus.of(li).orElseThrow();
        stack.execute(consensus.take(agreed, population, extraction(efs.review(), "li-2022--cd"), false));
        assertFalse(efs.save().written().isEmpty(), "ef's consensus is saved");
        assertTrue(new ReviewRepository(c).sync(EF, "ef: consensus of li-2022", ReviewRepository.Prefer.NONE, null).pushed().isPresent());

        for (Path clone : List.of(a, b)) {
            assertTrue(new ReviewRepository(clone).sync(clone == a ? AB : CD, null, ReviewRepository.Prefer.NONE, null).clean());
            assertEquals(Files.readString(c.resolve("studies/li-2022/li-2022--consensus.json")),
                    Files.readString(clone.resolve("studies/li-2022/li-2022--consensus.json")), "ef's consensus reached " + clone.getFileName());
            ReviewFolder folder = ReviewFolder.open(clone);
            assertEquals(List.of(), folder.problems());
            org.appraise.model.Extraction theirs = extraction(folder.review(), "li-2022--consensus");
            assertEquals("Adults with advanced HCC, Child-Pugh A (cd's reading)",
                    theirs.getPico().stream().filter(p -> p.getKind() == org.appraise.model.PicoKind.POPULATION).findFirst().orElseThrow().getText());
            assertEquals("li-2022--cd", theirs.getDecisions().get(0).getTaken().getId());
        }
        assertEquals("ef: consensus of li-2022", new ReviewRepository(a).history("studies/li-2022").get(0).message());
    }

    private static List<org.appraise.core.agreement.ReviewAgreement.Disagreement> disagreements(Review review,
            org.appraise.core.rob.RiskOfBiasTools tools) {
        return new org.appraise.core.agreement.ReviewAgreement(tools).pairs(review).stream()
                .filter(p -> p.first().getId().equals("ab") && p.second().getId().equals("cd")).findFirst().orElseThrow().disagreements();
    }

    private static org.appraise.model.Extraction extraction(Review review, String id) {
        return review.getStudies().stream().flatMap(s -> s.getExtractions().stream()).filter(e -> e.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void twoEditsOfTheSameLinesConflictAndNothingIsLost() throws Exception {
        Path bare = bare("team.git");
        Path a = start(bare.toUri().toString());
        Path b = clone(bare.toUri().toString(), "b");
        edit(a, review -> review.setTitle("Anti-PD-1 combinations in advanced HCC (ab's title)"));
        edit(b, review -> review.setTitle("Anti-PD-1 combination therapy for advanced HCC (cd's title)"));
        new ReviewRepository(a).sync(AB, "ab: title", ReviewRepository.Prefer.NONE, null);
        String remoteBefore = head(bare);

        ReviewRepository.SyncReport conflict = new ReviewRepository(b).sync(CD, "cd: title", ReviewRepository.Prefer.NONE, null);
        assertEquals(List.of("review.json"), conflict.conflicts());
        assertTrue(conflict.pushed().isEmpty());
        assertEquals(remoteBefore, head(bare), "nothing reached the team");
        assertEquals("Anti-PD-1 combination therapy for advanced HCC (cd's title)", ReviewFolder.open(b).review().getTitle(),
                "cd's version is still cd's");
        assertTrue(Files.readString(b.resolve(".git/appraise-conflicts/review.json.theirs")).contains("(ab's title)"));
        assertTrue(Files.readString(b.resolve(".git/appraise-conflicts/review.json.ours")).contains("(cd's title)"));

        ReviewRepository.SyncReport settled = new ReviewRepository(b).sync(CD, null, ReviewRepository.Prefer.THEIRS, null);
        assertTrue(settled.clean() && settled.pushed().isPresent(), settled.toString());
        assertEquals("Anti-PD-1 combinations in advanced HCC (ab's title)", ReviewFolder.open(b).review().getTitle());
    }

    @Test
    void aPushThatFailsKeepsTheLocalCommitAndTheNextSyncDeliversIt() throws Exception {
        Path bare = bare("team.git");
        Path a = start(bare.toUri().toString());
        edit(a, review -> study(review, "tvgh-2016").getExtractions().get(0).setNotes("written while the drive was away"));
        Path away = temp.resolve("away.git");
        Files.move(bare, away);
        IOException failed = assertThrows(IOException.class, () -> new ReviewRepository(a).sync(AB, "ab: offline", ReviewRepository.Prefer.NONE, null));
        assertTrue(failed.getMessage().contains("the local commit, if any, is kept"), failed.getMessage());
        assertEquals(List.of(), ReviewFolder.open(a).problems(), "the review still loads");
        Files.move(away, bare);
        ReviewRepository.SyncReport later = new ReviewRepository(a).sync(AB, null, ReviewRepository.Prefer.NONE, null);
        assertTrue(later.pushed().isPresent(), later.toString());
        Path c = clone(bare.toUri().toString(), "c");
        assertEquals("written while the drive was away", study(ReviewFolder.open(c).review(), "tvgh-2016").getExtractions().get(0).getNotes());
    }

    @Test
    void syncOverGitDaemonOnLoopback() throws Exception {
        Assumptions.assumeTrue(Stream.of(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, "git"))),
                "git is not installed: the git daemon test needs it");
        Path bare = bare("team.git");
        int port = freePort();
        Process daemon = daemon(port);
        try {
            String url = "git://127.0.0.1:" + port + "/team.git";
            for (int i = 0; i < 50 && !listening(port); i++) {
                Thread.sleep(100);
            }
            Path a = start(url);
            Path b = clone(url, "b");
            edit(b, review -> study(review, "li-2022").getExtractions().get(0).setNotes("cd over git://"));
            assertTrue(new ReviewRepository(b).sync(CD, "cd over git", ReviewRepository.Prefer.NONE, null).pushed().isPresent());
            new ReviewRepository(a).sync(AB, null, ReviewRepository.Prefer.NONE, null);
            assertEquals("cd over git://", study(ReviewFolder.open(a).review(), "li-2022").getExtractions().get(0).getNotes());
        } finally {
            daemon.destroy();
            daemon.waitFor();
        }
    }

    /**
     * A sync killed with SIGKILL while its push waits for the server (the pack sent, the reply held back by a
     * proxy in front of a git daemon on 127.0.0.1) loses nothing: the review loads, the local commit is there,
     * the team's repository is as it was, and the next sync delivers the work.
     */
    @Test
    void aSyncKilledMidPushLosesNothingAndTheNextSyncDeliversIt() throws Exception {
        Assumptions.assumeTrue(Stream.of(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, "git"))),
                "git is not installed: the git daemon test needs it");
        Path bare = bare("team.git");
        int daemonPort = freePort();
        Process daemon = daemon(daemonPort);
        StallingProxy proxy = new StallingProxy(daemonPort);
        try {
            for (int i = 0; i < 50 && !listening(daemonPort); i++) {
                Thread.sleep(100);
            }
            Path a = start("git://127.0.0.1:" + proxy.port() + "/team.git");
            String teamBefore = head(bare);
            edit(a, review -> study(review, "li-2022").getExtractions().get(0).setNotes("ab: written just before the laptop died"));

            proxy.stallNextPush();
            Process sync = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", SyncInAnotherProcess.classPath(),
                    SyncInAnotherProcess.class.getName(), a.toString(), "ab", "ab: killed mid-push").redirectErrorStream(true)
                    .redirectOutput(temp.resolve("sync.log").toFile()).start();
            for (int i = 0; i < 900 && !proxy.stalled(0) && sync.isAlive(); i++) {
                Thread.sleep(100);
            }
            assertTrue(proxy.stalled(1), "the push never reached the proxy: " + Files.readString(temp.resolve("sync.log")));
            sync.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
            sync.waitFor();
            assertTrue(!Files.readString(temp.resolve("sync.log")).contains("synchronised:"), "killed before the push finished");
            proxy.release();

            assertEquals(List.of(), ReviewFolder.open(a).problems(), "the review still loads");
            assertEquals("ab: written just before the laptop died", study(ReviewFolder.open(a).review(), "li-2022").getExtractions().get(0).getNotes());
            try (Git git = Git.open(a.toFile())) {
                assertEquals("ab: killed mid-push", git.log().setMaxCount(1).call().iterator().next().getFullMessage(), "the local commit is kept");
                assertTrue(git.status().call().isClean(), "nothing is half-written in the working tree");
            }
            assertEquals(teamBefore, head(bare), "the team's repository is as it was");

            ReviewRepository.SyncReport next = new ReviewRepository(a).sync(AB, null, ReviewRepository.Prefer.NONE, null);
            assertTrue(next.pushed().isPresent(), next.toString());
            Path c = clone(bare.toUri().toString(), "c");
            assertEquals("ab: written just before the laptop died", study(ReviewFolder.open(c).review(), "li-2022").getExtractions().get(0).getNotes());
        } finally {
            proxy.close();
            daemon.destroy();
            daemon.waitFor();
        }
    }

    /**
     * An ssh:// remote (an SSH server on 127.0.0.1 serving the bare repository): the sync authenticates with the
     * reviewer's key from their SSH directory, checks the host against known_hosts (an unknown key is refused and
     * nothing is sent), and a second reviewer over SSH gets the work. Nothing secret is written in the review folder.
     */
    @Test
    void syncOverSshWithTheReviewersKey() throws Exception {
        Path bare = bare("team.git");
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        java.security.KeyPair reviewer = generator.generateKeyPair();
        Path ssh = Files.createDirectories(temp.resolve("home/.ssh"));
        Files.writeString(ssh.resolve("id_rsa"), "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).encodeToString(reviewer.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        org.apache.sshd.server.SshServer server = org.apache.sshd.server.SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider(temp.resolve("host.key")));
        server.setPublickeyAuthenticator((user, key, session) -> org.apache.sshd.common.config.keys.KeyUtils.compareKeys(key, reviewer.getPublic()));
        server.setCommandFactory((channel, command) -> new GitOverSsh(temp, command));
        server.start();
        try {
            Files.writeString(ssh.resolve("config"), "Host 127.0.0.1\n  StrictHostKeyChecking yes\n  IdentityFile " + ssh.resolve("id_rsa") + "\n");
            String url = "ssh://reviewer@127.0.0.1:" + server.getPort() + "/team.git";
            Path a = temp.resolve("a");
            copySample(a);
            ReviewRepository.init(a, url);
            // a host whose key is not the one known: refused, nothing sent
            Files.writeString(ssh.resolve("known_hosts"), "[127.0.0.1]:" + server.getPort() + " "
                    + org.apache.sshd.common.config.keys.PublicKeyEntry.toString(generator.generateKeyPair().getPublic()) + "\n");
            IOException impostor = assertThrows(IOException.class,
                    () -> new ReviewRepository(a, ssh).sync(AB, "The sample review, over SSH", ReviewRepository.Prefer.NONE, null));
            assertTrue(impostor.getMessage().contains("the local commit, if any, is kept"), impostor.getMessage());
            assertThrows(Exception.class, () -> head(bare), "nothing reached the team");
            // the host the reviewer knows (its key in known_hosts, as ssh would have recorded it)
            java.security.PublicKey hostKey = server.getKeyPairProvider().loadKeys(null).iterator().next().getPublic();
            Files.writeString(ssh.resolve("known_hosts"), "[127.0.0.1]:" + server.getPort() + " "
                    + org.apache.sshd.common.config.keys.PublicKeyEntry.toString(hostKey) + "\n");
            ReviewRepository.SyncReport first = new ReviewRepository(a, ssh).sync(AB, "The sample review, over SSH", ReviewRepository.Prefer.NONE, null);
            assertTrue(first.pushed().isPresent(), first.toString());
            assertEquals(head(bare), Git.open(a.toFile()).getRepository().resolve("HEAD").getName());

            Path b = temp.resolve("b");
            Git.cloneRepository().setURI(url).setDirectory(b.toFile()).setTransportConfigCallback(t -> ((org.eclipse.jgit.transport.SshTransport) t)
                    .setSshSessionFactory(new org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder().setHomeDirectory(ssh.getParent().toFile())
                            .setSshDirectory(ssh.toFile()).build(null))).call().close();
            edit(b, review -> study(review, "li-2022").getExtractions().get(0).setNotes("cd over ssh://"));
            assertTrue(new ReviewRepository(b, ssh).sync(CD, "cd over ssh", ReviewRepository.Prefer.NONE, null).pushed().isPresent());
            new ReviewRepository(a, ssh).sync(AB, null, ReviewRepository.Prefer.NONE, null);
            assertEquals("cd over ssh://", study(ReviewFolder.open(a).review(), "li-2022").getExtractions().get(0).getNotes());
            try (Stream<Path> files = Files.walk(a)) {
                assertTrue(files.filter(Files::isRegularFile).noneMatch(f -> f.getFileName().toString().contains("id_rsa")), "no key in the review folder");
            }
        } finally {
            server.stop(true);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A git daemon on 127.0.0.1 serving (and accepting pushes to) the repositories in this test's folder. */
    private Process daemon(int port) throws IOException {
        return new ProcessBuilder("git", "daemon", "--reuseaddr", "--listen=127.0.0.1", "--port=" + port, "--export-all", "--enable=receive-pack",
                "--base-path=" + temp, temp.toString()).redirectErrorStream(true).redirectOutput(temp.resolve("daemon.log").toFile()).start();
    }

    private static boolean listening(int port) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Path bare(String name) throws Exception {
        Path bare = temp.resolve(name);
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        return bare;
    }

    /** Reviewer ab's folder: the sample, made a repository and pushed to the team's remote. */
    private Path start(String remote) throws Exception {
        Path a = temp.resolve("a");
        copySample(a);
        ReviewRepository.init(a, remote);
        assertTrue(new ReviewRepository(a).sync(AB, "The sample review", ReviewRepository.Prefer.NONE, null).pushed().isPresent());
        return a;
    }

    private static void copySample(Path to) throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(SAMPLE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private Path clone(String remote, String name) throws Exception {
        Path clone = temp.resolve(name);
        Git.cloneRepository().setURI(remote).setDirectory(clone.toFile()).call().close();
        return clone;
    }

    private static String head(Path bare) throws Exception {
        try (Git git = Git.open(bare.toFile())) {
            return git.getRepository().resolve("refs/heads/main").getName();
        }
    }

    private static void edit(Path folder, java.util.function.Consumer<Review> change) throws IOException {
        ReviewFolder review = ReviewFolder.open(folder);
        change.accept(review.review());
        review.save();
    }

    private static org.appraise.model.Study study(Review review, String id) {
        return review.getStudies().stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
    }
}
