package com.dealjournal.model.review;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Price realization of won deals in one currency: what they were closed at against what I quoted
 * first. Both sums are over the same deals, so the figures are weighted by deal size (one large deal
 * weighs more than one small one), not an average of per-deal percentages.
 *
 * @param finalSum the final prices summed, not negative
 * @param listSum  the list prices summed, more than 0
 */
public record Realization(BigDecimal finalSum, BigDecimal listSum) {

    /** @throws IllegalArgumentException for a negative final sum or a list sum that is not positive */
    public Realization {
        Objects.requireNonNull(finalSum, "finalSum");
        Objects.requireNonNull(listSum, "listSum");
        if (finalSum.signum() < 0 || listSum.signum() <= 0) {
            throw new IllegalArgumentException("a realization needs finalSum >= 0 and listSum > 0, not "
                    + finalSum + " of " + listSum);
        }
    }

    /** finalSum / listSum as a percentage with one decimal, rounded half up (8,500.00 of 10,000.00: 85.0). */
    public BigDecimal percent() {
        return Decimals.percentOneDecimal(finalSum, listSum);
    }

    /**
     * 100 − {@link #percent()}: the average discount, one decimal, so that the two always add up to
     * 100. Negative when the deals closed above their list prices.
     */
    public BigDecimal averageDiscountPercent() {
        return Decimals.HUNDRED.subtract(percent());
    }

    /**
     * What the discount costs: with a discount d, d / (1 − d) more paid work earns the same, as a
     * percentage with one decimal, rounded half up (20 % off: 25.0). Computed exactly from the sums,
     * as 100 × (listSum − finalSum) / finalSum, not from the rounded percentages; {@code null} when
     * the realization is 0 (nothing was earned, so no amount of work makes up for it).
     */
    public BigDecimal extraWorkPercent() {
        if (finalSum.signum() == 0) {
            return null;
        }
        return Decimals.percentOneDecimal(listSum.subtract(finalSum), finalSum);
    }

    /** Both sums of this and another realization of the same currency. */
    Realization plus(Realization other) {
        return new Realization(finalSum.add(other.finalSum), listSum.add(other.listSum));
    }
}
