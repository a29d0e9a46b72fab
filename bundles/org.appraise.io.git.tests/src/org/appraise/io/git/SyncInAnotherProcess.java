package org.appraise.io.git;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.appraise.io.json.ReviewFolder;
import org.eclipse.jgit.api.Git;


/**
 * Runs one sync in a process of its own, so that a test can kill it (SIGKILL) in the middle of a push:
 * {@code java -cp ... org.appraise.io.git.SyncInAnotherProcess <review-dir> <author> <message>}.
 */
final class SyncInAnotherProcess {

    private SyncInAnotherProcess() {
    }

    public static void main(String[] args) throws Exception {
        ReviewRepository.SyncReport report = new ReviewRepository(Path.of(args[0])).sync(new Author(args[1], args[1] + "@example.org"), args[2],
                ReviewRepository.Prefer.NONE, null);
        System.out.println("synchronised: " + report);
    }

    /** The class path of this test's bundles and libraries, for a plain JVM (outside OSGi) to run a sync. */
    static String classPath() throws Exception {
        java.util.Set<String> entries = new java.util.LinkedHashSet<>();
        List<Class<?>> types = new java.util.ArrayList<>(List.of(SyncInAnotherProcess.class, ReviewRepository.class, ReviewFolder.class,
                org.appraise.core.ReviewIds.class, org.appraise.model.AppraiseFactory.class, org.eclipse.emf.ecore.EObject.class,
                org.eclipse.emf.common.util.URI.class, org.eclipse.emf.edit.domain.EditingDomain.class, Git.class));
        // what the bundles use and this fragment does not see: loaded through the bundle that imports it
        String[][] through = { { "com.googlecode.javaewah.EWAHCompressedBitmap", "jgit" }, { "org.slf4j.LoggerFactory", "jgit" },
                { "com.fasterxml.jackson.core.JsonFactory", "json" }, { "com.fasterxml.jackson.databind.ObjectMapper", "json" },
                { "com.fasterxml.jackson.annotation.JsonProperty", "jackson" }, { "org.apache.commons.text.similarity.JaroWinklerSimilarity", "core" },
                { "org.apache.commons.lang3.StringUtils", "text" }, { "org.eclipse.emf.ecore.xmi.XMIResource", "emf" },
                { "org.appraise.io.pdf.PdfReports", "json" }, { "org.apache.pdfbox.Loader", "org.appraise.io.pdf.PdfReports" },
                { "org.apache.fontbox.ttf.TrueTypeFont", "org.apache.pdfbox.Loader" }, { "org.apache.pdfbox.io.RandomAccessRead", "org.apache.pdfbox.Loader" },
                { "org.apache.commons.logging.LogFactory", "org.apache.pdfbox.Loader" },
                { "org.eclipse.jgit.transport.sshd.SshdSessionFactory", "jgit.ssh" }, { "org.apache.sshd.client.SshClient", "org.eclipse.jgit.transport.sshd.SshdSessionFactory" },
                { "org.apache.sshd.sftp.client.SftpClient", "org.eclipse.jgit.transport.sshd.SshdSessionFactory" },
                { "org.bouncycastle.jce.provider.BouncyCastleProvider", "org.eclipse.jgit.transport.sshd.SshdSessionFactory" } };
        java.util.Map<String, ClassLoader> loaders = new java.util.HashMap<>();
        loaders.put("jgit", Git.class.getClassLoader());
        loaders.put("jgit.ssh", ReviewRepository.class.getClassLoader());
        loaders.put("json", ReviewFolder.class.getClassLoader());
        loaders.put("core", org.appraise.core.ReviewIds.class.getClassLoader());
        loaders.put("emf", org.appraise.model.AppraiseFactory.class.getClassLoader());
        for (String[] name : through) {
            try {
                Class<?> type = Class.forName(name[0], false, loaders.getOrDefault(name[1], ReviewFolder.class.getClassLoader()));
                types.add(type);
                loaders.put(name[0].contains("databind") ? "jackson" : name[0].contains("commons.text") ? "text" : name[0], type.getClassLoader());
                loaders.putIfAbsent(name[0], type.getClassLoader());
            } catch (ClassNotFoundException e) {
                // not needed by this runtime
            }
        }
        for (Class<?> type : types) {
            java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                entries.add(Path.of(source.getLocation().toURI()).toString());
            }
        }
        // slf4j's binding (a fragment-like bundle) sits beside its API
        for (String entry : List.copyOf(entries)) {
            if (entry.contains("slf4j.api") || entry.contains("slf4j-api")) {
                try (Stream<Path> siblings = Files.list(Path.of(entry).getParent())) {
                    siblings.filter(p -> p.getFileName().toString().contains("slf4j") && p.getFileName().toString().contains("nop"))
                            .forEach(p -> entries.add(p.toString()));
                }
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
