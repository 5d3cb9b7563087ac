package io.github.councilplatform.sandbox.internal.onelogin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A seeded test resident an integrator can sign in as.
 *
 * @param id the sandbox id used on the sign-in page and in the admin API
 * @param email the verified email address
 * @param phoneNumber E.164 phone number, or null when the resident's second factor is an app
 * @param givenNames given names, in order
 * @param familyName family name
 * @param birthDate {@code YYYY-MM-DD}
 * @param addresses One Login address objects (vocab {@code address} claim), current first
 * @param passports vocab {@code passport} entries (may be empty)
 * @param drivingPermits vocab {@code drivingPermit} entries (may be empty)
 * @param identityProven whether the resident proved their identity to P2
 * @param returnCodes return codes given when identity is requested (letters)
 */
record Resident(String id, String email, String phoneNumber, List<String> givenNames, String familyName,
    String birthDate, List<Map<String, Object>> addresses, List<Map<String, Object>> passports,
    List<Map<String, Object>> drivingPermits, boolean identityProven, List<String> returnCodes) {

  /** The display name for the sign-in page. */
  String displayName() {
    return String.join(" ", givenNames) + " " + familyName;
  }

  /**
   * The pairwise subject identifier for a client, in the real format ({@code urn:fdc:gov.uk:2022:…}): stable
   * for this resident and client, different between clients.
   */
  String subjectFor(String clientId) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest((id + "|" + clientId).getBytes(StandardCharsets.UTF_8));
      return "urn:fdc:gov.uk:2022:" + Base64.getUrlEncoder().withoutPadding().encodeToString(h);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The name part of the core identity credential subject. */
  Map<String, Object> credentialSubject() {
    List<Map<String, Object>> parts = new java.util.ArrayList<>();
    for (String g : givenNames) {
      parts.add(Map.of("value", g, "type", "GivenName"));
    }
    parts.add(Map.of("value", familyName, "type", "FamilyName"));
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("name", List.of(Map.of("nameParts", parts)));
    subject.put("birthDate", List.of(Map.of("value", birthDate)));
    return subject;
  }

  /** The summary shown by the admin API and the sign-in page. */
  Map<String, Object> summary() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("name", displayName());
    m.put("birthDate", birthDate);
    m.put("identityProven", identityProven);
    m.put("hasPassport", !passports.isEmpty());
    m.put("hasDrivingPermit", !drivingPermits.isEmpty());
    m.put("returnCodes", returnCodes);
    return m;
  }
}
