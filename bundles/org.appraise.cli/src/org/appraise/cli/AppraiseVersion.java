package org.appraise.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code appraise --version}: the version of the command-line bundle, as built. */
final class AppraiseVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        try {
            return new String[] { "Appraise " + InOsgi.version() };
        } catch (LinkageError outsideOsgi) {
            return new String[] { "Appraise (version unknown: not started as the product)" };
        }
    }

    /** Loaded only when asked, so that the command line also runs on a plain class path (as the tests' child processes do). */
    private static final class InOsgi {
        static String version() {
            org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(AppraiseVersion.class);
            return bundle == null ? "(version unknown)" : bundle.getVersion().toString();
        }
    }
}
