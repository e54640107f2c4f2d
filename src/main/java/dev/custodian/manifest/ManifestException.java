package dev.custodian.manifest;

/** A manifest the portal refuses to start with; the message names the file, lines and faults. */
public class ManifestException extends RuntimeException {

    public ManifestException(String message) {
        super(message);
    }
}
