package org.appraise.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/** {@code appraise --version}: the version of the command-line bundle, as built. */
final class AppraiseVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Bundle bundle = FrameworkUtil.getBundle(AppraiseVersion.class);
        return new String[] { "Appraise " + (bundle == null ? "(version unknown outside OSGi)" : bundle.getVersion()) };
    }
}
