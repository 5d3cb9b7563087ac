package io.github.councilplatform.sandbox.internal.onelogin;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.internal.Responses;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a custom test resident from the admin API:
 *
 * <pre>{@code
 * {"id": "pat-jones", "givenNames": ["Pat"], "familyName": "Jones", "birthDate": "1970-01-31",
 *  "email": "pat@example.com", "phoneNumber": "+447700900444", "identityProven": true,
 *  "addresses": [{...One Login address object...}], "passports": [{...}], "drivingPermits": [{...}],
 *  "returnCodes": ["X"]}
 * }</pre>
 *
 * Only {@code id}, {@code givenNames}, {@code familyName} and {@code birthDate} are required.
 */
final class ResidentJson {
  private ResidentJson() {}

  static Resident parse(JsonNode b) {
    String id = text(b, "id");
    if (id == null || !id.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException("id is required: 1-64 letters, digits, '.', '_' or '-'");
    }
    List<String> given = new ArrayList<>();
    b.path("givenNames").forEach(n -> given.add(n.asText()));
    String family = text(b, "familyName");
    if (given.isEmpty() || family == null) {
      throw new IllegalArgumentException("givenNames (an array) and familyName are required");
    }
    String birthDate = text(b, "birthDate");
    try {
      LocalDate.parse(birthDate == null ? "" : birthDate);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("birthDate must be YYYY-MM-DD");
    }
    List<String> codes = new ArrayList<>();
    b.path("returnCodes").forEach(n -> codes.add(n.asText()));
    String email = text(b, "email");
    return new Resident(id, email == null ? id + "@example.com" : email, text(b, "phoneNumber"), given, family,
        birthDate, objects(b, "addresses"), objects(b, "passports"), objects(b, "drivingPermits"),
        b.path("identityProven").asBoolean(true), codes);
  }

  private static String text(JsonNode b, String field) {
    return b.hasNonNull(field) ? b.get(field).asText() : null;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> objects(JsonNode b, String field) {
    JsonNode n = b.path(field);
    if (n.isMissingNode() || n.isNull()) {
      return List.of();
    }
    if (!n.isArray()) {
      throw new IllegalArgumentException(field + " must be an array of objects");
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (JsonNode o : n) {
      if (!o.isObject()) {
        throw new IllegalArgumentException(field + " must be an array of objects");
      }
      out.add(Responses.JSON.convertValue(o, Map.class));
    }
    return List.copyOf(out);
  }
}
