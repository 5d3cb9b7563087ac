package io.github.councilplatform.identity.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
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
import io.github.councilplatform.identity.VerifiedIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Turns One Login's identity claims (camelCase JSON) into typed records, strictly: the core identity's
 * {@code vc} must be the documented {@code IdentityCheckCredential} with at least one name and one birth
 * date, and each userinfo identity claim must have its documented shape. Anything else is a
 * {@link io.github.councilplatform.identity.TokenProblem#SHAPE} failure naming the part, so a credential that
 * says nothing can never be reported as a proven identity. Unknown extra fields are ignored (One Login may add
 * some); known fields of the wrong type are not.
 */
final class IdentityClaims {
  private static final Set<String> CREDENTIAL_TYPES = Set.of("VerifiableCredential", "IdentityCheckCredential");
  private static final Shapes CORE = new Shapes(TokenKind.CORE_IDENTITY);
  private static final Shapes USERINFO = new Shapes(TokenKind.USERINFO);

  private IdentityClaims() {}

  /**
   * The standard userinfo claims the SDK returns: {@code email} and {@code phone_number} are text and their
   * {@code *_verified} flags are booleans when present, so a wrongly typed value is refused, not coerced.
   */
  static void checkStandardClaims(JsonNode userinfo) {
    USERINFO.text(userinfo, "email", "email", false);
    USERINFO.text(userinfo, "phone_number", "phone_number", false);
    for (String flag : List.of("email_verified", "phone_number_verified")) {
      JsonNode v = userinfo.get(flag);
      if (v != null && !v.isNull() && !v.isBoolean()) {
        throw USERINFO.fail(flag, "is not true or false");
      }
    }
  }

  static List<ReturnCode> returnCodes(JsonNode userinfo) {
    return list(userinfo, IdentityClaim.RETURN_CODE, "returnCode",
        (n, path) -> new ReturnCode(USERINFO.text(n, "code", path + ".code", true)));
  }

  /** Reads the verified core identity's credential and the userinfo identity claims. */
  static VerifiedIdentity identity(JsonNode userinfo, JWTClaimsSet core, String level) {
    Object vcClaim = core.getClaim("vc");
    if (vcClaim == null) {
      throw CORE.fail("vc", "is missing");
    }
    JsonNode vc = Json.mapper().valueToTree(vcClaim);
    if (!vc.isObject()) {
      throw CORE.fail("vc", "is not an object");
    }
    checkTypes(CORE.array(vc, "type", "vc.type", true, true));
    JsonNode subject = CORE.object(vc, "credentialSubject", "vc.credentialSubject", true);
    return new VerifiedIdentity(level, names(subject), birthDates(subject),
        list(userinfo, IdentityClaim.ADDRESS, "address", IdentityClaims::address),
        list(userinfo, IdentityClaim.PASSPORT, "passport", IdentityClaims::passport),
        list(userinfo, IdentityClaim.DRIVING_PERMIT, "drivingPermit", IdentityClaims::drivingPermit));
  }

  private static void checkTypes(JsonNode types) {
    Set<String> found = new java.util.HashSet<>();
    for (int i = 0; i < types.size(); i++) {
      JsonNode t = types.get(i);
      if (!t.isTextual()) {
        throw CORE.fail("vc.type[" + i + "]", "is not text");
      }
      found.add(t.asText());
    }
    for (String required : CREDENTIAL_TYPES) {
      if (!found.contains(required)) {
        throw CORE.fail("vc.type", "does not include " + required);
      }
    }
  }

  private static List<Name> names(JsonNode subject) {
    JsonNode names = CORE.array(subject, "name", "vc.credentialSubject.name", true, true);
    List<Name> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String path = "vc.credentialSubject.name[" + i + "]";
      JsonNode n = CORE.element(names.get(i), path);
      JsonNode parts = CORE.array(n, "nameParts", path + ".nameParts", true, true);
      List<NamePart> read = new ArrayList<>();
      for (int j = 0; j < parts.size(); j++) {
        String partPath = path + ".nameParts[" + j + "]";
        JsonNode p = CORE.element(parts.get(j), partPath);
        read.add(new NamePart(CORE.text(p, "value", partPath + ".value", true),
            NamePart.Type.fromWire(CORE.text(p, "type", partPath + ".type", true))));
      }
      // A part type One Login may add later is kept as UNKNOWN, but a name needs a given or family name part.
      if (read.stream().allMatch(part -> part.type() == NamePart.Type.UNKNOWN)) {
        throw CORE.fail(path + ".nameParts", "has no GivenName or FamilyName part");
      }
      out.add(new Name(read, CORE.date(n, "validFrom", path + ".validFrom", false),
          CORE.date(n, "validUntil", path + ".validUntil", false)));
    }
    return out;
  }

  private static List<BirthDate> birthDates(JsonNode subject) {
    JsonNode dates = CORE.array(subject, "birthDate", "vc.credentialSubject.birthDate", true, true);
    List<BirthDate> out = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      String path = "vc.credentialSubject.birthDate[" + i + "]";
      out.add(new BirthDate(CORE.date(CORE.element(dates.get(i), path), "value", path + ".value", true)));
    }
    return out;
  }

  private static Address address(JsonNode a, String p) {
    return new Address(USERINFO.whole(a, "uprn", p + ".uprn", false),
        t(a, "organisationName", p), t(a, "departmentName", p), t(a, "subBuildingName", p),
        t(a, "buildingNumber", p), t(a, "buildingName", p), t(a, "dependentStreetName", p),
        t(a, "streetName", p), t(a, "doubleDependentAddressLocality", p), t(a, "dependentAddressLocality", p),
        t(a, "addressLocality", p), t(a, "addressRegion", p), t(a, "postalCode", p), t(a, "addressCountry", p),
        USERINFO.date(a, "validFrom", p + ".validFrom", false), USERINFO.date(a, "validUntil", p + ".validUntil",
        false));
  }

  private static Passport passport(JsonNode n, String p) {
    return new Passport(USERINFO.text(n, "documentNumber", p + ".documentNumber", true),
        USERINFO.text(n, "icaoIssuerCode", p + ".icaoIssuerCode", false),
        USERINFO.date(n, "expiryDate", p + ".expiryDate", true));
  }

  private static DrivingPermit drivingPermit(JsonNode n, String p) {
    return new DrivingPermit(USERINFO.date(n, "expiryDate", p + ".expiryDate", true),
        USERINFO.text(n, "issueNumber", p + ".issueNumber", false),
        USERINFO.text(n, "issuedBy", p + ".issuedBy", false),
        USERINFO.text(n, "personalNumber", p + ".personalNumber", true));
  }

  private static String t(JsonNode n, String field, String path) {
    return USERINFO.text(n, field, path + "." + field, false);
  }

  private static <T> List<T> list(JsonNode userinfo, IdentityClaim claim, String name,
      BiFunction<JsonNode, String, T> reader) {
    JsonNode node = USERINFO.array(userinfo, claim.uri(), name, false, false);
    if (node == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String path = name + "[" + i + "]";
      out.add(reader.apply(USERINFO.element(node.get(i), path), path));
    }
    return List.copyOf(out);
  }
}
