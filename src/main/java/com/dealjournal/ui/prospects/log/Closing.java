package com.dealjournal.ui.prospects.log;

import com.dealjournal.model.ProspectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How a deal is closed, as the close dialog returns it.
 *
 * @param status     {@code WON}, {@code LOST}, {@code DECLINED} or {@code STALLED}
 * @param closedOn   the day it was closed
 * @param finalPrice what a won deal was closed at; only for {@code WON}, and may be {@code null}
 */
public record Closing(ProspectStatus status, LocalDate closedOn, BigDecimal finalPrice) {
}
