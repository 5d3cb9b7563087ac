package io.github.councilplatform.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A verified name from the core identity, with the period it was valid for. The current name has no
 * {@code validUntil}; earlier names (for example before marriage) have one.
 *
 * @param parts the name parts in order
 * @param validFrom when the name became valid, or {@code null} if not known
 * @param validUntil when the name stopped being valid, or {@code null} for the current name
 */
public record Name(List<NamePart> parts, LocalDate validFrom, LocalDate validUntil) {

  /** Copies the parts. */
  public Name {
    parts = List.copyOf(parts);
  }

  /** The given names joined by spaces, in order. */
  public String givenNames() {
    return join(NamePart.Type.GIVEN_NAME);
  }

  /** The family name parts joined by spaces. */
  public String familyName() {
    return join(NamePart.Type.FAMILY_NAME);
  }

  /** Whether this is the current name (it has no end date). */
  public boolean isCurrent() {
    return validUntil == null;
  }

  /** When the name became valid. */
  public Optional<LocalDate> validFromDate() {
    return Optional.ofNullable(validFrom);
  }

  /** When the name stopped being valid. */
  public Optional<LocalDate> validUntilDate() {
    return Optional.ofNullable(validUntil);
  }

  private String join(NamePart.Type type) {
    return parts.stream().filter(p -> p.type() == type).map(NamePart::value).collect(Collectors.joining(" "));
  }

  /** Hides the name: names are personal data. */
  @Override
  public String toString() {
    return "Name[parts=" + parts.size() + ", validFrom=" + validFrom + ", validUntil=" + validUntil + "]";
  }
}
