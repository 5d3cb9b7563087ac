package io.github.councilplatform.sandbox.internal.onelogin;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The error scenarios an integrator can inject, named as in GOV.UK's simulator ({@code AUTHORISE_ERRORS},
 * {@code ID_TOKEN_ERRORS}, {@code CORE_IDENTITY_ERRORS}), so tests written for it carry over. Thread-safe.
 */
final class Scenarios {
  /** Errors returned from {@code /authorize} instead of a code. */
  enum Authorise { ACCESS_DENIED, TEMPORARILY_UNAVAILABLE }

  /** Ways the ID token is made invalid. */
  enum IdToken {
    INVALID_ISS, INVALID_AUD, INVALID_ALG_HEADER, INVALID_SIGNATURE, TOKEN_EXPIRED, TOKEN_NOT_VALID_YET,
    NONCE_NOT_MATCHING, INCORRECT_VOT
  }

  /** Ways the core identity JWT is made invalid. */
  enum CoreIdentity { INVALID_ALG_HEADER, INVALID_SIGNATURE, INVALID_ISS, INVALID_AUD, INCORRECT_SUB, TOKEN_EXPIRED }

  private final Set<Authorise> authorise = EnumSet.noneOf(Authorise.class);
  private final Set<IdToken> idToken = EnumSet.noneOf(IdToken.class);
  private final Set<CoreIdentity> coreIdentity = EnumSet.noneOf(CoreIdentity.class);

  synchronized void set(List<String> authoriseErrors, List<String> idTokenErrors, List<String> coreIdentityErrors) {
    Set<Authorise> a = parse(Authorise.class, authoriseErrors);
    Set<IdToken> i = parse(IdToken.class, idTokenErrors);
    Set<CoreIdentity> c = parse(CoreIdentity.class, coreIdentityErrors);
    authorise.clear();
    authorise.addAll(a);
    idToken.clear();
    idToken.addAll(i);
    coreIdentity.clear();
    coreIdentity.addAll(c);
  }

  synchronized void clear() {
    authorise.clear();
    idToken.clear();
    coreIdentity.clear();
  }

  synchronized Set<Authorise> authorise() {
    return authorise.isEmpty() ? EnumSet.noneOf(Authorise.class) : EnumSet.copyOf(authorise);
  }

  synchronized boolean has(IdToken e) {
    return idToken.contains(e);
  }

  synchronized boolean has(CoreIdentity e) {
    return coreIdentity.contains(e);
  }

  synchronized Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("authoriseErrors", authorise.stream().map(Enum::name).toList());
    m.put("idTokenErrors", idToken.stream().map(Enum::name).toList());
    m.put("coreIdentityErrors", coreIdentity.stream().map(Enum::name).toList());
    m.put("available", Map.of(
        "authoriseErrors", List.of(Authorise.values()).stream().map(Enum::name).toList(),
        "idTokenErrors", List.of(IdToken.values()).stream().map(Enum::name).toList(),
        "coreIdentityErrors", List.of(CoreIdentity.values()).stream().map(Enum::name).toList()));
    return m;
  }

  private static <E extends Enum<E>> Set<E> parse(Class<E> type, List<String> names) {
    Set<E> out = EnumSet.noneOf(type);
    for (String n : names) {
      try {
        out.add(Enum.valueOf(type, n.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Unknown " + type.getSimpleName() + " error '" + n + "'; known: "
            + List.of(type.getEnumConstants()));
      }
    }
    return out;
  }
}
