package com.dealjournal.model;

import java.math.BigDecimal;
import java.util.Currency;

/** An exact amount in a currency, for showing; the journal itself keeps amounts beside their prospect's currency. */
public record Money(BigDecimal amount, Currency currency) {
}
