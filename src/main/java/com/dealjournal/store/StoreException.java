package com.dealjournal.store;

/** A database operation failed after the journal was open; the transaction was rolled back. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
