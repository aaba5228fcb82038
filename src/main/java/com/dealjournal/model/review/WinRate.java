package com.dealjournal.model.review;

/**
 * Won and lost deals of one group (those where I held firm, or those where I conceded).
 *
 * @param won  deals closed WON
 * @param lost deals closed LOST
 */
public record WinRate(int won, int lost) {

    /** Below this many deals a win rate says little, and the review says so beside the figure. */
    public static final int FEW_DEALS = 5;

    /** @throws IllegalArgumentException for a negative count */
    public WinRate {
        if (won < 0 || lost < 0) {
            throw new IllegalArgumentException("negative deal count: won " + won + ", lost " + lost);
        }
    }

    /** Won and lost together. */
    public int deals() {
        return won + lost;
    }

    /** won / (won + lost) as a whole percent 0-100, rounded half up; {@code null} without deals. */
    public Integer percent() {
        return Decimals.wholePercent(won, deals());
    }

    /** Fewer than {@value #FEW_DEALS} deals: say so beside the figure. */
    public boolean tooFewToTell() {
        return deals() < FEW_DEALS;
    }
}
