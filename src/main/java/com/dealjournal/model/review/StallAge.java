package com.dealjournal.model.review;

import com.dealjournal.model.Prospect;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How long an open prospect has given no sign of life.
 *
 * @param prospect the open prospect
 * @param since    the date of its last sign of life (or its first contact when it has none)
 * @param days     days from {@code since} to the day the ages are counted to
 */
public record StallAge(Prospect prospect, LocalDate since, long days) {

    public StallAge {
        Objects.requireNonNull(prospect, "prospect");
        Objects.requireNonNull(since, "since");
    }
}
