package io.meridian.io.iac;

/**
 * Infrastructure code that cannot be imported at all: not a Terraform plan or state, an unknown format version, a
 * truncated file. The message is one line naming the file and the problem.
 */
public final class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportException(String file, String problem) {
        super(file + ": " + problem);
    }
}
