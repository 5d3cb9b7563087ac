package io.github.councilplatform.sandbox.internal.onelogin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The seeded test residents; the first has a proven identity. Fictional people at real-format data. */
final class Residents {
  private Residents() {}

  static List<Resident> seeded() {
    // No resident has one of Notify's smoke-test numbers (07700900000, …111, …222): Notify accepts a text to
    // those and never stores it, so a service texting a signed-in resident would see nothing arrive.
    return List.of(
        new Resident("kenneth-decerqueira", "kenneth.decerqueira@example.com", "+447700900461",
            List.of("Kenneth"), "Decerqueira", "1965-07-08",
            List.of(address(100120012077L, "8", null, "HADLEY ROAD", "BATH", "BA2 5AA", "2000-01-01", null)),
            List.of(Map.of("documentNumber", "321654987", "icaoIssuerCode", "GBR", "expiryDate", "2030-01-01")),
            List.of(), true, List.of()),
        new Resident("sarah-meredyth-morgan", "sarah.morgan@example.com", null,
            List.of("Sarah", "Meredyth"), "Morgan", "1987-03-14",
            List.of(address(10023117854L, "12", null, "HEOL Y FRENHINES", "CARDIFF", "CF10 2BQ", "2019-01-01",
                    null),
                address(null, null, "FLAT 3, RIVERSIDE COURT", "MILL LANE", "SWANSEA", "SA1 1AA", "2012-01-01",
                    "2019-01-01")),
            List.of(),
            List.of(Map.of("expiryDate", "2032-02-02", "issueNumber", "23", "issuedBy", "DVLA",
                "personalNumber", "MORGA853147SM9IJ")),
            true, List.of()),
        new Resident("alex-sign-in-only", "alex.taylor@example.com", "+447700900462",
            List.of("Alex"), "Taylor", "1990-11-30",
            List.of(), List.of(), List.of(), false, List.of()),
        new Resident("failed-identity-check", "jo.bloggs@example.com", "+447700900333",
            List.of("Jo"), "Bloggs", "1979-05-01",
            List.of(), List.of(), List.of(), false, List.of("X")));
  }

  private static Map<String, Object> address(Long uprn, String buildingNumber, String buildingName, String street,
      String locality, String postcode, String validFrom, String validUntil) {
    Map<String, Object> a = new LinkedHashMap<>();
    if (uprn != null) {
      a.put("uprn", uprn);
    }
    if (buildingNumber != null) {
      a.put("buildingNumber", buildingNumber);
    }
    if (buildingName != null) {
      a.put("buildingName", buildingName);
    }
    a.put("streetName", street);
    a.put("addressLocality", locality);
    a.put("postalCode", postcode);
    a.put("addressCountry", "GB");
    a.put("validFrom", validFrom);
    if (validUntil != null) {
      a.put("validUntil", validUntil);
    }
    return a;
  }
}
