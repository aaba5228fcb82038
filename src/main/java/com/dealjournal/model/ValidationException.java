package com.dealjournal.model;

import java.util.List;

/** Thrown when a value that must be valid is not; carries every violation, not just the first. */
public final class ValidationException extends RuntimeException {

    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        StringBuilder text = new StringBuilder();
        for (Violation v : violations) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(v.field()).append(": ").append(v.key()).append(v.args());
        }
        return text.toString();
    }
}
