package io.github.councilplatform.sandbox.onelogin;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.internal.Responses;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /userinfo}: the scopes' claims and, for identity journeys, the requested identity claims (core
 * identity JWT, address, passport, driving permit, return codes).
 */
final class UserInfoEndpoint {
  private static final String VOCAB = "https://vocab.account.gov.uk/v1/";

  private final Provider provider;
  private final TokenSigner signer;

  UserInfoEndpoint(Provider provider, TokenSigner signer) {
    this.provider = provider;
    this.signer = signer;
  }

  ResponseDefinition handle(String authorization) {
    // UserInfoHandler.userInfoRequestHandler: only a missing header is MISSING_TOKEN (a bare "Bearer"); a header
    // that is not a bearer token is INVALID_TOKEN (AccessTokenService.java:53-59), like an unknown token.
    if (authorization == null || authorization.isBlank()) {
      return Responses.of(401, new byte[0], new HttpHeader("WWW-Authenticate", "Bearer"));
    }
    String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).trim() : "";
    Grant grant = token.isEmpty() ? null : provider.accessTokens.get(token);
    if (grant == null || grant.expires().isBefore(provider.now())) {
      return Responses.of(401, new byte[0], new HttpHeader("WWW-Authenticate",
          "Bearer error=\"invalid_token\", error_description=\"Invalid access token\""));
    }
    AuthRequest req = grant.request();
    Resident r = grant.resident();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("sub", grant.subject());
    List<String> scopes = req.scopes();
    if (scopes.contains("email")) {
      body.put("email", r.email());
      body.put("email_verified", true);
    }
    if (scopes.contains("phone") && r.phoneNumber() != null) {
      body.put("phone_number", r.phoneNumber());
      body.put("phone_number_verified", true);
    }
    if (scopes.contains("wallet-subject-id")) {
      body.put("wallet_subject_id", "urn:fdc:wallet.account.gov.uk:2024:" + hash("wallet|" + grant.subject()));
    }
    if (req.identityRequested()) {
      Set<String> claims = req.userinfoClaims();
      if (r.identityProven()) {
        if (claims.contains(VOCAB + "coreIdentityJWT")) {
          body.put(VOCAB + "coreIdentityJWT", signer.coreIdentity(grant));
        }
        if (claims.contains(VOCAB + "address") && !r.addresses().isEmpty()) {
          body.put(VOCAB + "address", r.addresses());
        }
        if (claims.contains(VOCAB + "passport") && !r.passports().isEmpty()) {
          body.put(VOCAB + "passport", r.passports());
        }
        if (claims.contains(VOCAB + "drivingPermit") && !r.drivingPermits().isEmpty()) {
          body.put(VOCAB + "drivingPermit", r.drivingPermits());
        }
      }
      if (claims.contains(VOCAB + "returnCode")) {
        body.put(VOCAB + "returnCode", r.returnCodes().stream().map(c -> Map.of("code", c)).toList());
      }
    }
    return Responses.json(200, body);
  }

  private static String hash(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(h);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
