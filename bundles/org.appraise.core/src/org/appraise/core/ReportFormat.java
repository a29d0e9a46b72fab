package org.appraise.core;

/**
 * A kind of report file Appraise can read the text of. The text is what annotation offsets count in, so a
 * format must give the same text for the same bytes every time.
 */
public interface ReportFormat {

    /** Whether this format reads a file of that name. */
    boolean reads(String fileName);

    /**
     * The text of a report file.
     *
     * @throws IllegalArgumentException naming the file and what is wrong (not UTF-8, encrypted, no text layer)
     */
    ReportText read(byte[] bytes, String fileName);

    /** Plain text in UTF-8, offsets over the bytes as they are (see {@link ReportText}). */
    ReportFormat PLAIN_TEXT = new ReportFormat() {
        @Override
        public boolean reads(String fileName) {
            return true;
        }

        @Override
        public ReportText read(byte[] bytes, String fileName) {
            return ReportText.decode(bytes, fileName);
        }
    };
}
