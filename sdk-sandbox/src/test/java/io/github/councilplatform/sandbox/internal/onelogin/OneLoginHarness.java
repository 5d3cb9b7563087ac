package io.github.councilplatform.sandbox.internal.onelogin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.sandbox.Sandbox;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Plain-HTTP relying party for the One Login sandbox tests: no redirects followed, everything visible. */
final class OneLoginHarness {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String VOCAB = "https://vocab.account.gov.uk/v1/";
  static final String CORE_IDENTITY = VOCAB + "coreIdentityJWT";

  final Sandbox sandbox;
  final String base;
  final HttpClient http;
  final JsonNode info;
  final String clientId;
  final String redirectUri;
  final RSAKey clientKey;

  OneLoginHarness(Sandbox sandbox) {
    this(sandbox, false);
  }

  /** With {@code browser}, the client keeps cookies like a browser (the provider's session cookie). */
  OneLoginHarness(Sandbox sandbox, boolean browser) {
    HttpClient.Builder b = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
    if (browser) {
      b.cookieHandler(new java.net.CookieManager());
    }
    this.http = b.build();
    this.sandbox = sandbox;
    this.base = sandbox.baseUrl();
    try {
      this.info = JSON.readTree(get("/_sandbox").body()).get("oneLogin");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    this.clientId = info.get("clientId").asText();
    this.redirectUri = info.get("redirectUri").asText();
    this.clientKey = rsaKeyFromPem(info.get("privateKeyPem").asText());
  }

  static RSAKey rsaKeyFromPem(String pem) {
    try {
      String b64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      KeyFactory kf = KeyFactory.getInstance("RSA");
      RSAPrivateCrtKey priv = (RSAPrivateCrtKey) kf.generatePrivate(
          new PKCS8EncodedKeySpec(Base64.getDecoder().decode(b64)));
      RSAPublicKey pub = (RSAPublicKey) kf.generatePublic(
          new RSAPublicKeySpec(priv.getModulus(), priv.getPublicExponent()));
      return new RSAKey.Builder(pub).privateKey(priv).build();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String pathOrUrl) {
    return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
  }

  HttpResponse<String> get(String pathOrUrl, String bearer) {
    return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Authorization", "Bearer " + bearer).GET());
  }

  HttpResponse<String> postForm(String path, Map<String, String> form) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
  }

  HttpResponse<String> admin(String method, String path, String json) {
    HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json);
    return send(HttpRequest.newBuilder(uri("/_sandbox/one-login" + path)).header("Content-Type", "application/json")
        .method(method, body));
  }

  private URI uri(String pathOrUrl) {
    return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
  }

  private HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return http.send(b.header("User-Agent", "sandbox-test").build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Default authorisation parameters for the seeded client. */
  Map<String, String> authParams() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("response_type", "code");
    p.put("scope", "openid email phone");
    p.put("client_id", clientId);
    p.put("state", "state-123");
    p.put("redirect_uri", redirectUri);
    p.put("nonce", "nonce-456");
    return p;
  }

  Map<String, String> identityParams() {
    Map<String, String> p = authParams();
    p.put("vtr", "[\"Cl.Cm.P2\"]");
    p.put("claims", "{\"userinfo\":{\"" + CORE_IDENTITY + "\":null,\"" + VOCAB + "address\":null,\""
        + VOCAB + "passport\":null,\"" + VOCAB + "drivingPermit\":null,\"" + VOCAB + "returnCode\":null}}");
    return p;
  }

  HttpResponse<String> authorize(Map<String, String> params) {
    return get("/authorize?" + encode(params));
  }

  /** Goes through /authorize and the sign-in page as a resident; returns the final redirect Location. */
  String signInAs(Map<String, String> params, String user) {
    HttpResponse<String> r = authorize(params);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    String page = location(r);
    assertThat(page).startsWith(base + "/sign-in?journey=");
    HttpResponse<String> html = get(page);
    assertThat(html.statusCode()).isEqualTo(200);
    String journey = query(page).get("journey");
    HttpResponse<String> done = postForm("/sign-in", Map.of("journey", journey, "user", user,
        "action", "continue"));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
    return location(done);
  }

  String codeFor(Map<String, String> params, String user) {
    String loc = signInAs(params, user);
    assertThat(loc).startsWith(params.get("redirect_uri") + "?");
    Map<String, String> q = query(loc);
    assertThat(q).containsEntry("state", params.get("state")).containsKey("code");
    return q.get("code");
  }

  /** A client assertion signed with the seeded client's key, the sensible way. */
  String assertion() {
    return assertion(clientId, clientKey, JWSAlgorithm.RS256, base + "/token",
        Instant.now(sandbox.clock()).plusSeconds(300), UUID.randomUUID().toString());
  }

  static String assertion(String clientId, RSAKey key, JWSAlgorithm alg, String aud, Instant exp, String jti) {
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(aud)
        .expirationTime(Date.from(exp)).issueTime(new Date());
    if (jti != null) {
      claims.jwtID(jti);
    }
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(key.getKeyID()).build(), claims.build());
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  Map<String, String> tokenForm(String code, String assertion) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("grant_type", "authorization_code");
    f.put("code", code);
    f.put("redirect_uri", redirectUri);
    f.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    f.put("client_assertion", assertion);
    return f;
  }

  JsonNode token(String code) {
    HttpResponse<String> r = postForm("/token", tokenForm(code, assertion()));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return json(r);
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String location(HttpResponse<String> r) {
    return r.headers().firstValue("Location").orElseThrow();
  }

  static Map<String, String> query(String url) {
    Map<String, String> out = new LinkedHashMap<>();
    int q = url.indexOf('?');
    int h = url.indexOf('#');
    int start = q >= 0 ? q : h;
    if (start < 0) {
      return out;
    }
    for (String pair : url.substring(start + 1).split("[&#]")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  static String encode(Map<String, String> form) {
    StringBuilder b = new StringBuilder();
    form.forEach((k, v) -> {
      if (v != null) {
        if (b.length() > 0) {
          b.append('&');
        }
        b.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
            .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
      }
    });
    return b.toString();
  }

  static String s256(String verifier) {
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> jsonStrings(JsonNode array) {
    List<String> out = new java.util.ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  static Duration seconds(long s) {
    return Duration.ofSeconds(s);
  }
}
