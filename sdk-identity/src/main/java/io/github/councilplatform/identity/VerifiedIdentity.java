package io.github.councilplatform.identity;

import java.util.List;
import java.util.Optional;

/**
 * An identity One Login proved, from a verified core identity JWT plus the identity claims requested. Keep
 * what you need (names, date of birth) rather than storing the raw JWT, as One Login advises.
 *
 * @param level the identity level proven ({@code vot} of the core identity), for example {@code P2}
 * @param names the verified names, current and previous
 * @param birthDates the verified dates of birth
 * @param addresses addresses, if {@link IdentityClaim#ADDRESS} was requested
 * @param passports passports, if {@link IdentityClaim#PASSPORT} was requested
 * @param drivingPermits driving permits, if {@link IdentityClaim#DRIVING_PERMIT} was requested
 */
public record VerifiedIdentity(
    String level,
    List<Name> names,
    List<BirthDate> birthDates,
    List<Address> addresses,
    List<Passport> passports,
    List<DrivingPermit> drivingPermits) {

  /** Copies the lists. */
  public VerifiedIdentity {
    names = List.copyOf(names);
    birthDates = List.copyOf(birthDates);
    addresses = List.copyOf(addresses);
    passports = List.copyOf(passports);
    drivingPermits = List.copyOf(drivingPermits);
  }

  /** The current name: the first without an end date, else the first listed. */
  public Optional<Name> currentName() {
    return names.stream().filter(Name::isCurrent).findFirst().or(() -> names.stream().findFirst());
  }

  /** The first date of birth listed. */
  public Optional<BirthDate> birthDate() {
    return birthDates.stream().findFirst();
  }

  /** The current address: the first without an end date, else the first listed. */
  public Optional<Address> currentAddress() {
    return addresses.stream().filter(Address::isCurrent).findFirst().or(() -> addresses.stream().findFirst());
  }

  /** Shows only counts: every field is personal data. */
  @Override
  public String toString() {
    return "VerifiedIdentity[level=" + level + ", names=" + names.size() + ", birthDates=" + birthDates.size()
        + ", addresses=" + addresses.size() + ", passports=" + passports.size() + ", drivingPermits="
        + drivingPermits.size() + "]";
  }
}
