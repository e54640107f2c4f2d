package dev.custodian.web;

/** The server is saturated for now; answered with the 503 page and Retry-After. */
public class ServiceBusyException extends RuntimeException {

    public ServiceBusyException() {
        super(null, null, false, false);
    }
}
