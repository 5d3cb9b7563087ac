package io.github.councilplatform.identity;

import java.time.LocalDate;

/**
 * A postal address from {@code https://vocab.account.gov.uk/v1/address}. The fields do not map to fixed
 * address lines; any may be {@code null}. {@code validFrom}/{@code validUntil} carry only a year (as
 * {@code YYYY-01-01}); the current address has no {@code validUntil}.
 *
 * @param uprn the Unique Property Reference Number
 * @param organisationName organisation name
 * @param departmentName department name
 * @param subBuildingName sub-building name (for example a flat)
 * @param buildingNumber building number
 * @param buildingName building name
 * @param dependentStreetName dependent street name
 * @param streetName street name
 * @param doubleDependentAddressLocality double dependent locality
 * @param dependentAddressLocality dependent locality
 * @param addressLocality town or city
 * @param addressRegion region (international addresses only)
 * @param postalCode postcode
 * @param addressCountry ISO 3166-1 alpha-2 country code
 * @param validFrom start of validity (year only)
 * @param validUntil end of validity (year only), {@code null} for the current address
 */
public record Address(
    Long uprn,
    String organisationName,
    String departmentName,
    String subBuildingName,
    String buildingNumber,
    String buildingName,
    String dependentStreetName,
    String streetName,
    String doubleDependentAddressLocality,
    String dependentAddressLocality,
    String addressLocality,
    String addressRegion,
    String postalCode,
    String addressCountry,
    LocalDate validFrom,
    LocalDate validUntil) {

  /** Whether this is the current address (it has no end date). */
  public boolean isCurrent() {
    return validUntil == null;
  }

  /** Hides the address: it is personal data. */
  @Override
  public String toString() {
    return "Address[country=" + addressCountry + ", validFrom=" + validFrom + ", validUntil=" + validUntil
        + ", ***]";
  }
}
