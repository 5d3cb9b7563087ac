package io.github.councilplatform.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.councilplatform.identity.FakeOneLogin.CLIENT_ID;
import static io.github.councilplatform.identity.FakeOneLogin.REDIRECT;
import static io.github.councilplatform.identity.FakeOneLogin.SUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.core.UnexpectedResponseException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A hostile OpenID provider on loopback (WireMock, failing on any request it was not told to expect), each
 * test answering one case on purpose: the cases the existing validation tests did not already hold, one test
 * per case, plus a positive control per flow. Every refusal must be typed, name the problem, and carry no
 * personal value or secret of the run in its message or causes.
 */
class HostileProviderTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

  /** Personal values and secrets the fake provider uses; none may appear in a refusal. */
  static final List<String> PRIVATE = List.of("Amala", "Smith", "Jones", "1980-02-29", "amala@example.org",
      "at-123", "HADLEY", "BA2 5AA", "321654987", "SMITH801290AJ9XX");

  FakeOneLogin op;
  OneLoginClient client;
  SignInSession session;

  @BeforeEach
  void setUp() {
    op = new FakeOneLogin(wm).stubProvider();
    client = op.client();
  }

  SignInSession start(TrustLevel level) {
    session = client.startSignIn(SignInOptions.builder().trustLevel(level)
        .identityClaims(level.provesIdentity() ? IdentityClaim.values() : new IdentityClaim[0]).build()).session();
    return session;
  }

  SignInResult finish() {
    return client.finishSignIn(FakeOneLogin.callback(session), session);
  }

  static void noPrivateValues(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String text = t + " " + t.getMessage();
      for (String v : PRIVATE) {
        assertThat(text).as("exception chain must not quote private values").doesNotContain(v);
      }
    }
  }

  static Consumer<Throwable> token(TokenKind kind, TokenProblem problem, String messagePart) {
    return thrown -> {
      assertThat(thrown).isInstanceOf(TokenValidationException.class);
      TokenValidationException e = (TokenValidationException) thrown;
      assertThat(e.kind()).isEqualTo(kind);
      assertThat(e.problem()).isEqualTo(problem);
      assertThat(e.getMessage()).contains(messagePart);
      noPrivateValues(e);
    };
  }

  /** ID token cases the other tests do not hold. */
  @Nested
  class IdTokens {
    @BeforeEach
    void signIn() {
      start(TrustLevel.MEDIUM);
    }

    void refused(String idToken, TokenProblem problem, String messagePart) {
      op.stubToken(idToken);
      assertThatThrownBy(HostileProviderTest.this::finish)
          .satisfies(token(TokenKind.ID_TOKEN, problem, messagePart));
      wm.verify(0, getRequestedFor(urlPathEqualTo("/userinfo")));
    }

    @Test
    void positiveControl() {
      op.stubToken(op.idToken(session, b -> { }));
      op.stubUserinfo(op.userinfo(""));
      SignInResult result = finish();
      assertThat(result.subject()).isEqualTo(SUB);
      assertThat(result.emailAddress()).contains("amala@example.org");
      assertThat(result.identityOutcome()).isEqualTo(IdentityOutcome.NOT_REQUESTED);
    }

    @Test
    void extraAudienceIsRefusedEvenWithAzpNamingThisClient() {
      refused(op.idToken(session, b -> b.audience(List.of(CLIENT_ID, "another-client")).claim("azp", CLIENT_ID)),
          TokenProblem.AUDIENCE, "'another-client', an audience this client does not trust");
    }

    @Test
    void extraAudienceConfiguredAsTrustedIsAcceptedWithAzp() {
      client = op.clientBuilder().trustedAudiences(List.of("partner-service")).build();
      start(TrustLevel.MEDIUM);
      op.stubToken(op.idToken(session, b -> b.audience(List.of(CLIENT_ID, "partner-service"))
          .claim("azp", CLIENT_ID)));
      op.stubUserinfo(op.userinfo(""));
      assertThat(finish().subject()).isEqualTo(SUB);
      assertThat(client.toString()).contains("trustedAudiences=[partner-service]");
    }

    @Test
    void trustedExtraAudienceStillNeedsAzp() {
      client = op.clientBuilder().trustedAudiences(List.of("partner-service")).build();
      start(TrustLevel.MEDIUM);
      refused(op.idToken(session, b -> b.audience(List.of(CLIENT_ID, "partner-service"))), TokenProblem.AUDIENCE,
          "no azp");
    }

    @Test
    void azpNamingAnotherClientIsRefusedEvenWithOneAudience() {
      refused(op.idToken(session, b -> b.claim("azp", "another-client")), TokenProblem.AUTHORIZED_PARTY,
          "azp 'another-client' is not this client");
    }

    @Test
    void azpThatIsNotTextIsRefused() {
      refused(op.idToken(session, b -> b.claim("azp", 42)), TokenProblem.AUTHORIZED_PARTY, "(not text)");
    }

    @Test
    void azpNamingThisClientIsAccepted() {
      op.stubToken(op.idToken(session, b -> b.claim("azp", CLIENT_ID)));
      op.stubUserinfo(op.userinfo(""));
      assertThat(finish().subject()).isEqualTo(SUB);
    }

    @Test
    void spoofedKidOfTheRsaKeyOnAnEs256Token() {
      // The header names a real JWKS key of another type: no ES256 key has that kid, so none is tried.
      refused(FakeOneLogin.sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(FakeOneLogin.ID_RSA_KEY.getKeyID())
          .build(), claims(), FakeOneLogin.OTHER_EC_KEY), TokenProblem.UNKNOWN_KEY, "id-rsa-1");
    }

    @Test
    void tokenWithoutKidSignedByAnotherKey() {
      refused(FakeOneLogin.sign(new JWSHeader.Builder(JWSAlgorithm.ES256).build(), claims(),
          FakeOneLogin.OTHER_EC_KEY), TokenProblem.SIGNATURE, "does not verify");
    }

    @Test
    void algNoneWithAValidLookingHeader() {
      refused(new PlainJWT(claims()).serialize(), TokenProblem.MALFORMED, "alg 'none'");
    }

    @Test
    void signedClaimsThatAreNotAJsonObject() throws Exception {
      JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(FakeOneLogin.ID_KEY.getKeyID())
          .build(), new Payload("[\"Amala Smith\"]"));
      jws.sign(new ECDSASigner(FakeOneLogin.ID_KEY));
      refused(jws.serialize(), TokenProblem.MALFORMED, "its claims are not a JSON object");
    }

    @Test
    void encryptedInsteadOfSigned() throws Exception {
      JWEObject jwe = new JWEObject(new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM),
          new Payload(claims().toJSONObject()));
      jwe.encrypt(new RSAEncrypter(FakeOneLogin.CLIENT_KEY.toRSAPublicKey()));
      refused(jwe.serialize(), TokenProblem.MALFORMED, "encrypted, not signed");
    }

    @Test
    void subjectMissing() {
      refused(op.idToken(session, b -> b.subject(null)), TokenProblem.SUBJECT, "no sub");
    }

    @Test
    void nonceThatIsNotText() {
      refused(op.idToken(session, b -> b.claim("nonce", 12345)), TokenProblem.NONCE, "not a string");
    }

    @Test
    void notYetValidByNbf() {
      refused(op.idToken(session, b -> b.notBeforeTime(Date.from(FakeOneLogin.T0.plusSeconds(600)))),
          TokenProblem.NOT_YET_VALID, "nbf");
    }

    JWTClaimsSet claims() {
      try {
        return SignedJWT.parse(op.idToken(session, b -> { })).getJWTClaimsSet();
      } catch (java.text.ParseException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Malformed answers from the token endpoint. */
  @Nested
  class TokenResponses {
    @BeforeEach
    void signIn() {
      start(TrustLevel.MEDIUM);
    }

    void answer(String body) {
      wm.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(200)
          .withHeader("Content-Type", "application/json").withBody(body)));
    }

    void refused(String messagePart) {
      assertThatThrownBy(HostileProviderTest.this::finish)
          .isInstanceOfSatisfying(UnexpectedResponseException.class, e -> {
            assertThat(e.getMessage()).contains(messagePart);
            // The body carries tokens, so it is not kept in the exception.
            assertThat(e.rawBody()).isEmpty();
            noPrivateValues(e);
          });
      wm.verify(1, postRequestedFor(urlEqualTo("/token")));
      wm.verify(0, getRequestedFor(urlPathEqualTo("/userinfo")));
    }

    @Test
    void notJson() {
      answer("<html>at-123</html>");
      refused("the token response is not JSON");
    }

    @Test
    void aJsonArray() {
      answer("[\"at-123\"]");
      refused("is not a JSON object");
    }

    @Test
    void noIdToken() {
      answer("{\"access_token\":\"at-123\",\"token_type\":\"Bearer\"}");
      refused("has no 'id_token'");
    }

    @Test
    void idTokenThatIsNotText() {
      answer("{\"access_token\":\"at-123\",\"token_type\":\"Bearer\",\"id_token\":{\"alg\":\"none\"}}");
      refused("has no 'id_token'");
    }

    @Test
    void noAccessToken() {
      answer("{\"token_type\":\"Bearer\",\"id_token\":\"" + op.idToken(session, b -> { }) + "\"}");
      refused("has no 'access_token'");
    }

    @Test
    void tokenTypeOtherThanBearer() {
      answer("{\"access_token\":\"at-123\",\"token_type\":\"mac\",\"id_token\":\"" + op.idToken(session, b -> { })
          + "\"}");
      refused("token_type other than Bearer");
    }
  }

  /** Malformed userinfo answers. */
  @Nested
  class Userinfo {
    @BeforeEach
    void signIn() {
      start(TrustLevel.MEDIUM);
      op.stubToken(op.idToken(session, b -> { }));
    }

    void answer(String body) {
      op.stubUserinfo(body);
    }

    @Test
    void notJson() {
      answer("{\"sub\":");
      assertThatThrownBy(HostileProviderTest.this::finish)
          .isInstanceOfSatisfying(UnexpectedResponseException.class, e -> {
            assertThat(e.getMessage()).contains("the userinfo response is not JSON");
            assertThat(e.rawBody()).isEmpty();
          });
    }

    @Test
    void aJsonArray() {
      answer("[{\"sub\":\"" + SUB + "\"}]");
      assertThatThrownBy(HostileProviderTest.this::finish).isInstanceOf(UnexpectedResponseException.class)
          .hasMessageContaining("not a JSON object");
    }

    @Test
    void noSub() {
      answer("{\"email\":\"amala@example.org\"}");
      assertThatThrownBy(HostileProviderTest.this::finish)
          .satisfies(token(TokenKind.USERINFO, TokenProblem.SUBJECT, "sub is missing"));
    }

    @Test
    void subAsANumber() {
      answer("{\"sub\":12345}");
      assertThatThrownBy(HostileProviderTest.this::finish)
          .satisfies(token(TokenKind.USERINFO, TokenProblem.SUBJECT, "not the ID token's sub"));
    }

    @Test
    void emailThatIsNotText() {
      answer("{\"sub\":\"" + SUB + "\",\"email\":[\"amala@example.org\"]}");
      assertThatThrownBy(HostileProviderTest.this::finish)
          .satisfies(token(TokenKind.USERINFO, TokenProblem.SHAPE, "email is not text"));
    }

    @Test
    void emailVerifiedAsText() {
      answer("{\"sub\":\"" + SUB + "\",\"email\":\"amala@example.org\",\"email_verified\":\"yes\"}");
      assertThatThrownBy(HostileProviderTest.this::finish)
          .satisfies(token(TokenKind.USERINFO, TokenProblem.SHAPE, "email_verified is not true or false"));
    }

    @Test
    void returnCodesNotAnArray() {
      answer(op.userinfo("\"https://vocab.account.gov.uk/v1/returnCode\":\"B\""));
      assertThatThrownBy(HostileProviderTest.this::finish)
          .satisfies(token(TokenKind.USERINFO, TokenProblem.SHAPE, "returnCode is not an array"));
    }

    @Test
    void returnCodeWithoutCode() {
      answer(op.userinfo("\"https://vocab.account.gov.uk/v1/returnCode\":[{\"letter\":\"B\"}]"));
      assertThatThrownBy(HostileProviderTest.this::finish)
          .satisfies(token(TokenKind.USERINFO, TokenProblem.SHAPE, "returnCode[0].code is missing"));
    }
  }

  /** The core identity JWT and its credential, in every shape but One Login's. */
  @Nested
  class CoreIdentityCredential {
    @BeforeEach
    void signIn() {
      start(TrustLevel.MEDIUM_IDENTITY);
      op.stubToken(op.idToken(session, b -> { }));
    }

    void userinfoWith(String fields) {
      op.stubUserinfo(op.userinfo(fields));
    }

    void coreIdentity(Consumer<JWTClaimsSet.Builder> customise) {
      userinfoWith("\"https://vocab.account.gov.uk/v1/coreIdentityJWT\":\"" + op.coreIdentity(customise) + "\"");
    }

    void refused(TokenKind kind, TokenProblem problem, String messagePart) {
      assertThatThrownBy(HostileProviderTest.this::finish).satisfies(token(kind, problem, messagePart));
    }

    void refusedCredential(String messagePart) {
      refused(TokenKind.CORE_IDENTITY, TokenProblem.SHAPE, messagePart);
    }

    @Test
    void positiveControl() {
      coreIdentity(b -> { });
      SignInResult result = finish();
      assertThat(result.identityOutcome()).isEqualTo(IdentityOutcome.PROVEN);
      VerifiedIdentity id = result.requireIdentity();
      assertThat(id.currentName().orElseThrow().familyName()).isEqualTo("Smith");
      assertThat(id.birthDate().orElseThrow().value()).isEqualTo(LocalDate.of(1980, 2, 29));
    }

    @Test
    void noCoreIdentityClaimIsNotProven() {
      userinfoWith("\"https://vocab.account.gov.uk/v1/returnCode\":[{\"code\":\"B\"}]");
      SignInResult result = finish();
      assertThat(result.identityOutcome()).isEqualTo(IdentityOutcome.NOT_PROVEN);
      assertThat(result.returnCodes()).containsExactly(new ReturnCode("B"));
    }

    @Test
    void coreIdentityClaimThatIsNotAString() {
      userinfoWith("\"https://vocab.account.gov.uk/v1/coreIdentityJWT\":{\"vot\":\"P2\"}");
      refused(TokenKind.USERINFO, TokenProblem.SHAPE, "is not a JWT string");
    }

    @Test
    void coreIdentityClaimThatIsEmpty() {
      userinfoWith("\"https://vocab.account.gov.uk/v1/coreIdentityJWT\":\"\"");
      refused(TokenKind.CORE_IDENTITY, TokenProblem.MALFORMED, "missing or empty");
    }

    @Test
    void coreIdentityThatIsUnsigned() {
      JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(op.identityIssuer).subject(SUB).audience(CLIENT_ID)
          .claim("vot", "P2").build();
      userinfoWith("\"https://vocab.account.gov.uk/v1/coreIdentityJWT\":\"" + new PlainJWT(claims).serialize()
          + "\"");
      refused(TokenKind.CORE_IDENTITY, TokenProblem.MALFORMED, "alg 'none'");
    }

    @Test
    void coreIdentityHs256SignedWithTheDidPublicKey() throws Exception {
      JWTClaimsSet claims = SignedJWT.parse(op.coreIdentity(b -> { })).getJWTClaimsSet();
      SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(op.didKey.getKeyID()).build(),
          claims);
      forged.sign(new MACSigner(op.didKey.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)));
      userinfoWith("\"https://vocab.account.gov.uk/v1/coreIdentityJWT\":\"" + forged.serialize() + "\"");
      refused(TokenKind.CORE_IDENTITY, TokenProblem.ALGORITHM, "only ES256");
    }

    @Test
    void coreIdentityWithAnExtraAudience() {
      coreIdentity(b -> b.audience(List.of(CLIENT_ID, "another-client")));
      refused(TokenKind.CORE_IDENTITY, TokenProblem.AUDIENCE, "does not trust");
    }

    @Test
    void noVc() {
      coreIdentity(b -> b.claim("vc", null));
      refusedCredential("vc is missing");
    }

    @Test
    void vcAsAString() {
      coreIdentity(b -> b.claim("vc", "IdentityCheckCredential"));
      refusedCredential("vc is not an object");
    }

    @Test
    void vcAsAnArray() {
      coreIdentity(b -> b.claim("vc", List.of(Map.of())));
      refusedCredential("vc is not an object");
    }

    @Test
    void vcWithoutCredentialSubject() {
      coreIdentity(b -> b.claim("vc", vc(null, true)));
      refusedCredential("vc.credentialSubject is missing");
    }

    @Test
    void credentialSubjectAsAString() {
      Map<String, Object> vc = vc(null, true);
      vc.put("credentialSubject", "Amala Smith");
      coreIdentity(b -> b.claim("vc", vc));
      refusedCredential("vc.credentialSubject is not an object");
    }

    @Test
    void vcWithoutType() {
      Map<String, Object> vc = vc(subject(names(), births()), true);
      vc.remove("type");
      coreIdentity(b -> b.claim("vc", vc));
      refusedCredential("vc.type is missing");
    }

    @Test
    void vcOfAnotherCredentialType() {
      Map<String, Object> vc = vc(subject(names(), births()), true);
      vc.put("type", List.of("VerifiableCredential", "AddressCredential"));
      coreIdentity(b -> b.claim("vc", vc));
      refusedCredential("vc.type does not include IdentityCheckCredential");
    }

    @Test
    void vcTypeAsAString() {
      Map<String, Object> vc = vc(subject(names(), births()), true);
      vc.put("type", "IdentityCheckCredential");
      coreIdentity(b -> b.claim("vc", vc));
      refusedCredential("vc.type is not an array");
    }

    @Test
    void noNames() {
      coreIdentity(b -> b.claim("vc", vc(subject(null, births()), true)));
      refusedCredential("vc.credentialSubject.name is missing");
    }

    @Test
    void emptyNames() {
      coreIdentity(b -> b.claim("vc", vc(subject(List.of(), births()), true)));
      refusedCredential("vc.credentialSubject.name is empty");
    }

    @Test
    void nameWithoutParts() {
      coreIdentity(b -> b.claim("vc", vc(subject(List.of(Map.of("validFrom", "2020-01-01")), births()), true)));
      refusedCredential("vc.credentialSubject.name[0].nameParts is missing");
    }

    @Test
    void namePartValueThatIsNotText() {
      List<Object> names = List.of(Map.of("nameParts", List.of(Map.of("value", 7, "type", "GivenName"))));
      coreIdentity(b -> b.claim("vc", vc(subject(names, births()), true)));
      refusedCredential("vc.credentialSubject.name[0].nameParts[0].value is not text");
    }

    @Test
    void nameWithOnlyPartsOfUnknownTypes() {
      List<Object> names = List.of(Map.of("nameParts", List.of(Map.of("value", "Amala", "type", "Nickname"))));
      coreIdentity(b -> b.claim("vc", vc(subject(names, births()), true)));
      refusedCredential("vc.credentialSubject.name[0].nameParts has no GivenName or FamilyName part");
    }

    @Test
    void namePartOfAnUnknownTypeBesideKnownOnesIsKept() {
      List<Object> names = List.of(Map.of("nameParts", List.of(Map.of("value", "Dr", "type", "Title"),
          Map.of("value", "Smith", "type", "FamilyName"))));
      coreIdentity(b -> b.claim("vc", vc(subject(names, births()), true)));
      Name name = finish().requireIdentity().currentName().orElseThrow();
      assertThat(name.familyName()).isEqualTo("Smith");
      assertThat(name.parts()).extracting(NamePart::type).containsExactly(NamePart.Type.UNKNOWN,
          NamePart.Type.FAMILY_NAME);
    }

    @Test
    void nameValidFromThatIsNotADate() {
      List<Object> names = List.of(Map.of("validFrom", "June 2020", "nameParts",
          List.of(Map.of("value", "Amala", "type", "GivenName"))));
      coreIdentity(b -> b.claim("vc", vc(subject(names, births()), true)));
      refusedCredential("vc.credentialSubject.name[0].validFrom is not a date");
    }

    @Test
    void noBirthDates() {
      coreIdentity(b -> b.claim("vc", vc(subject(names(), null), true)));
      refusedCredential("vc.credentialSubject.birthDate is missing");
    }

    @Test
    void birthDateThatIsNotADate() {
      coreIdentity(b -> b.claim("vc", vc(subject(names(), List.of(Map.of("value", "29/02/1980"))), true)));
      refusedCredential("vc.credentialSubject.birthDate[0].value is not a date (YYYY-MM-DD)");
    }

    @Test
    void birthDateAsAPlainString() {
      coreIdentity(b -> b.claim("vc", vc(subject(names(), List.of("1980-02-29")), true)));
      refusedCredential("vc.credentialSubject.birthDate[0] is not an object");
    }

    @Test
    void addressThatIsNotAnArray() {
      userinfoWith("\"https://vocab.account.gov.uk/v1/coreIdentityJWT\":\"" + op.coreIdentity(b -> { })
          + "\",\"https://vocab.account.gov.uk/v1/address\":{\"postalCode\":\"BA2 5AA\"}");
      refused(TokenKind.USERINFO, TokenProblem.SHAPE, "address is not an array");
    }

    @Test
    void addressWithAUprnThatIsNotANumber() {
      userinfoWith("\"https://vocab.account.gov.uk/v1/coreIdentityJWT\":\"" + op.coreIdentity(b -> { })
          + "\",\"https://vocab.account.gov.uk/v1/address\":[{\"uprn\":\"10022812929\",\"postalCode\":\"BA2 5AA\"}]");
      refused(TokenKind.USERINFO, TokenProblem.SHAPE, "address[0].uprn is not a whole number");
    }

    @Test
    void addressWithAPostcodeThatIsNotText() {
      userinfoWith("\"https://vocab.account.gov.uk/v1/coreIdentityJWT\":\"" + op.coreIdentity(b -> { })
          + "\",\"https://vocab.account.gov.uk/v1/address\":[{\"postalCode\":[\"BA2 5AA\"]}]");
      refused(TokenKind.USERINFO, TokenProblem.SHAPE, "address[0].postalCode is not text");
    }

    @Test
    void passportWithoutDocumentNumber() {
      userinfoWith("\"https://vocab.account.gov.uk/v1/coreIdentityJWT\":\"" + op.coreIdentity(b -> { })
          + "\",\"https://vocab.account.gov.uk/v1/passport\":[{\"icaoIssuerCode\":\"GBR\",\"expiryDate\":"
          + "\"2030-01-01\"}]");
      refused(TokenKind.USERINFO, TokenProblem.SHAPE, "passport[0].documentNumber is missing");
    }

    @Test
    void passportExpiryThatIsNotADate() {
      userinfoWith("\"https://vocab.account.gov.uk/v1/coreIdentityJWT\":\"" + op.coreIdentity(b -> { })
          + "\",\"https://vocab.account.gov.uk/v1/passport\":[{\"documentNumber\":\"321654987\",\"expiryDate\":"
          + "\"soon\"}]");
      refused(TokenKind.USERINFO, TokenProblem.SHAPE, "passport[0].expiryDate is not a date");
    }

    @Test
    void drivingPermitWithoutPersonalNumber() {
      userinfoWith("\"https://vocab.account.gov.uk/v1/coreIdentityJWT\":\"" + op.coreIdentity(b -> { })
          + "\",\"https://vocab.account.gov.uk/v1/drivingPermit\":[{\"expiryDate\":\"2032-02-02\",\"issuedBy\":"
          + "\"DVLA\"}]");
      refused(TokenKind.USERINFO, TokenProblem.SHAPE, "drivingPermit[0].personalNumber is missing");
    }

    @Test
    void drivingPermitAsAString() {
      userinfoWith("\"https://vocab.account.gov.uk/v1/coreIdentityJWT\":\"" + op.coreIdentity(b -> { })
          + "\",\"https://vocab.account.gov.uk/v1/drivingPermit\":[\"SMITH801290AJ9XX\"]");
      refused(TokenKind.USERINFO, TokenProblem.SHAPE, "drivingPermit[0] is not an object");
    }

    Map<String, Object> vc(Map<String, Object> subject, boolean typed) {
      Map<String, Object> vc = new LinkedHashMap<>();
      if (typed) {
        vc.put("type", List.of("VerifiableCredential", "IdentityCheckCredential"));
      }
      if (subject != null) {
        vc.put("credentialSubject", subject);
      }
      return vc;
    }

    Map<String, Object> subject(List<?> names, List<?> births) {
      Map<String, Object> s = new LinkedHashMap<>();
      if (names != null) {
        s.put("name", names);
      }
      if (births != null) {
        s.put("birthDate", births);
      }
      return s;
    }

    List<Object> names() {
      return List.of(Map.of("nameParts", List.of(Map.of("value", "Amala", "type", "GivenName"),
          Map.of("value", "Smith", "type", "FamilyName"))));
    }

    List<Object> births() {
      return List.of(Map.of("value", "1980-02-29"));
    }
  }

  /** CSRF and malformed callbacks: refused before the token endpoint is called. */
  @Nested
  class Callbacks {
    @BeforeEach
    void signIn() {
      start(TrustLevel.MEDIUM);
    }

    void refused(String query, String messagePart) {
      assertThatThrownBy(() -> client.finishSignIn(URI.create(REDIRECT + query), session))
          .isInstanceOfSatisfying(StateMismatchException.class, e -> {
            assertThat(e.getMessage()).contains(messagePart);
            assertThat(e.getMessage()).doesNotContain(session.state());
          });
      wm.verify(0, postRequestedFor(urlEqualTo("/token")));
    }

    @Test
    void positiveControl() {
      op.stubToken(op.idToken(session, b -> { }));
      op.stubUserinfo(op.userinfo(""));
      assertThat(client.finishSignIn(URI.create(REDIRECT + "?code=auth-code-1&state=" + session.state()), session)
          .subject()).isEqualTo(SUB);
    }

    @Test
    void stateOfAnotherSession() {
      SignInSession other = client.startSignIn().session();
      refused("?code=c&state=" + other.state(), "not the one stored");
    }

    @Test
    void stateRepeatedWithTheRightValueFirst() {
      refused("?code=c&state=" + session.state() + "&state=forged", "not the one stored");
    }

    @Test
    void stateOnlyInTheFragmentOfAnotherSession() {
      refused("#code=c&state=forged", "not the one stored");
    }

    @Test
    void missingSessionOrCallbackIsAStateMismatch() {
      assertThatThrownBy(() -> client.finishSignIn(FakeOneLogin.callback(session), null))
          .isInstanceOf(StateMismatchException.class).hasMessageContaining("no sign-in session");
      assertThatThrownBy(() -> client.finishSignIn(null, session))
          .isInstanceOf(StateMismatchException.class).hasMessageContaining("no callback URI");
      wm.verify(0, postRequestedFor(urlEqualTo("/token")));
    }

    @Test
    void repeatedCodeIsRefusedAfterTheStateMatches() {
      assertThatThrownBy(() -> client.finishSignIn(URI.create(REDIRECT + "?code=a&code=b&state=" + session.state()),
          session)).isInstanceOf(SignInFailedException.class).hasMessageContaining("no single authorisation code");
      wm.verify(0, postRequestedFor(urlEqualTo("/token")));
    }

    @Test
    void printedStartMasksStateAndNonce() {
      SignInStart start = client.startSignIn();
      assertThat(start.authorizationUri().toString()).contains(start.session().state());
      assertThat(start.toString()).doesNotContain(start.session().state()).doesNotContain(start.session().nonce())
          .doesNotContain(start.session().codeVerifier()).contains("state=***").contains("nonce=***")
          .contains(op.base + "/authorize?");
    }
  }

  /** Back-channel logout tokens the other tests do not hold. */
  @Nested
  class LogoutTokens {
    void refused(String token, TokenProblem problem, String messagePart) {
      assertThatThrownBy(() -> client.backChannelLogoutVerifier().verifyLogoutToken(token))
          .satisfies(HostileProviderTest.token(TokenKind.LOGOUT_TOKEN, problem, messagePart));
    }

    @Test
    void positiveControl() {
      assertThat(client.backChannelLogoutVerifier().verifyLogoutToken(op.logoutToken(b -> { })).subject())
          .isEqualTo(SUB);
    }

    @Test
    void replayOfALongLivedTokenLateInItsLifetime() {
      String token = op.logoutToken(b -> b.expirationTime(Date.from(FakeOneLogin.T0.plus(Duration.ofHours(1)))));
      client.backChannelLogoutVerifier().verifyLogoutToken(token);
      op.clock.advance(Duration.ofMinutes(59));
      refused(token, TokenProblem.REPLAYED, "already used");
    }

    @Test
    void extraAudience() {
      refused(op.logoutToken(b -> b.audience(List.of(CLIENT_ID, "another-client")).claim("azp", CLIENT_ID)),
          TokenProblem.AUDIENCE, "does not trust");
    }

    @Test
    void azpNamingAnotherClient() {
      refused(op.logoutToken(b -> b.claim("azp", "another-client")), TokenProblem.AUTHORIZED_PARTY,
          "is not this client");
    }

    @Test
    void unknownKid() {
      ECKey unknown = FakeOneLogin.ec("unknown-kid");
      JWTClaimsSet claims = logoutClaims();
      refused(FakeOneLogin.sign(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("logout+jwt"))
          .keyID(unknown.getKeyID()).build(), claims, unknown), TokenProblem.UNKNOWN_KEY, "unknown-kid");
    }

    @Test
    void unsigned() {
      refused(new PlainJWT(logoutClaims()).serialize(), TokenProblem.MALFORMED, "alg 'none'");
    }

    @Test
    void notAJwtAtAll() {
      refused("amala@example.org", TokenProblem.MALFORMED, "not a JWT");
    }

    @Test
    void nullTokenAndNullBodyAreTyped() {
      refused(null, TokenProblem.MALFORMED, "missing or empty");
      assertThatThrownBy(() -> verifyForm(client, null))
          .satisfies(HostileProviderTest.token(TokenKind.LOGOUT_TOKEN, TokenProblem.MALFORMED, "no single"));
    }

    @Test
    void bodyWithBadPercentEncoding() {
      assertThatThrownBy(() -> verifyForm(client, "logout_token=%E0%A4%A"))
          .satisfies(HostileProviderTest.token(TokenKind.LOGOUT_TOKEN, TokenProblem.MALFORMED,
              "not valid form encoding"));
    }

    @Test
    void repeatedLogoutTokenParameter() {
      String t = op.logoutToken(b -> { });
      assertThatThrownBy(() -> verifyForm(client, "logout_token=" + t + "&logout_token=" + t))
          .satisfies(HostileProviderTest.token(TokenKind.LOGOUT_TOKEN, TokenProblem.MALFORMED, "no single"));
    }

    JWTClaimsSet logoutClaims() {
      try {
        return SignedJWT.parse(op.logoutToken(b -> { })).getJWTClaimsSet();
      } catch (java.text.ParseException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void everyTrustedAudienceMustBeNamed() {
    assertThatThrownBy(() -> op.clientBuilder().trustedAudiences(new ArrayList<>(java.util.Arrays.asList("a", " "))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank audience");
  }

  /** Verifies a back-channel logout request body the way an endpoint does: raw bytes and the request headers. */
  static io.github.councilplatform.identity.BackChannelLogout verifyForm(
      io.github.councilplatform.identity.OneLoginApi client, String form) {
    return client.backChannelLogoutVerifier().verify(
        io.github.councilplatform.core.InboundHeaders.of("Content-Type", "application/x-www-form-urlencoded"),
        form == null ? null : form.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
