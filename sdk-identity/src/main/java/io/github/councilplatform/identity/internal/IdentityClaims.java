package io.github.councilplatform.identity.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.nimbusds.jwt.JWTClaimsSet;
import io.github.councilplatform.core.internal.ApiResponse;
import io.github.councilplatform.core.internal.Json;
import io.github.councilplatform.identity.Address;
import io.github.councilplatform.identity.BirthDate;
import io.github.councilplatform.identity.DrivingPermit;
import io.github.councilplatform.identity.IdentityClaim;
import io.github.councilplatform.identity.Name;
import io.github.councilplatform.identity.NamePart;
import io.github.councilplatform.identity.Passport;
import io.github.councilplatform.identity.ReturnCode;
import io.github.councilplatform.identity.TokenKind;
import io.github.councilplatform.identity.TokenProblem;
import io.github.councilplatform.identity.VerifiedIdentity;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Turns One Login's identity claims (camelCase JSON, unlike the rest of the SDK) into typed records. */
final class IdentityClaims {
  /** The vocab claims are camelCase, so the shared snake_case mapper cannot read them. */
  private static final ObjectMapper CAMEL = Json.mapper().copy()
      .setPropertyNamingStrategy(PropertyNamingStrategies.LOWER_CAMEL_CASE);

  private IdentityClaims() {}

  static List<ReturnCode> returnCodes(ApiResponse response, JsonNode userinfo) {
    return list(response, userinfo, IdentityClaim.RETURN_CODE, ReturnCode.class);
  }

  static VerifiedIdentity identity(ApiResponse response, JsonNode userinfo, JWTClaimsSet core, String level) {
    JsonNode subject = Json.mapper().valueToTree(core.getClaim("vc")).path("credentialSubject");
    return new VerifiedIdentity(level, names(subject.path("name")), birthDates(subject.path("birthDate")),
        list(response, userinfo, IdentityClaim.ADDRESS, Address.class),
        list(response, userinfo, IdentityClaim.PASSPORT, Passport.class),
        list(response, userinfo, IdentityClaim.DRIVING_PERMIT, DrivingPermit.class));
  }

  private static List<Name> names(JsonNode names) {
    List<Name> out = new ArrayList<>();
    for (JsonNode n : names) {
      List<NamePart> parts = new ArrayList<>();
      for (JsonNode p : n.path("nameParts")) {
        parts.add(new NamePart(p.path("value").asText(), NamePart.Type.fromWire(p.path("type").asText(null))));
      }
      out.add(new Name(parts, date(n, "validFrom"), date(n, "validUntil")));
    }
    return out;
  }

  private static List<BirthDate> birthDates(JsonNode dates) {
    List<BirthDate> out = new ArrayList<>();
    for (JsonNode d : dates) {
      LocalDate value = date(d, "value");
      if (value != null) {
        out.add(new BirthDate(value));
      }
    }
    return out;
  }

  private static LocalDate date(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    try {
      return LocalDate.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw Jwts.fail(TokenKind.CORE_IDENTITY, TokenProblem.MALFORMED, "'" + field + "' in the credential is not"
          + " a date (YYYY-MM-DD).");
    }
  }

  private static <T> List<T> list(ApiResponse response, JsonNode userinfo, IdentityClaim claim, Class<T> type) {
    JsonNode node = userinfo.get(claim.uri());
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw Responses.unexpected(response, "userinfo claim " + claim.uri() + " is not an array");
    }
    CollectionType listType = CAMEL.getTypeFactory().constructCollectionType(List.class, type);
    try {
      return List.copyOf(CAMEL.<List<T>>convertValue(node, listType));
    } catch (IllegalArgumentException e) {
      throw Responses.unexpected(response, "userinfo claim " + claim.uri() + " does not have the documented"
          + " shape");
    }
  }
}
