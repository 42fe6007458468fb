package org.strata.registry.survey;

/** Reads the bytes of an uploaded ZIP into its contents, refusing unsafe archives before extracting anything. */
public interface PackageReader {
    /**
     * Reads a package.
     *
     * @throws PackageRefusedException when the archive is unsafe or has no readable manifest; the exception carries
     *     the results naming why
     */
    PackageContents read(byte[] zip, RuleSet rules);

    /** The bytes of one entry of a package that was read before. */
    byte[] entry(byte[] zip, String path);
}
