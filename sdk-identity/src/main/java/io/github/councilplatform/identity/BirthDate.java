package io.github.councilplatform.identity;

import java.time.LocalDate;

/**
 * A verified date of birth from the core identity.
 *
 * @param value the date
 */
public record BirthDate(LocalDate value) {

  /** Hides the date: it is personal data. */
  @Override
  public String toString() {
    return "BirthDate[***]";
  }
}
