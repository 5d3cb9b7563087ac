package io.github.councilplatform.notify.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import io.github.councilplatform.core.internal.Authenticator;
import io.github.councilplatform.core.internal.JsonStreams;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * Notify's authentication: {@code Authorization: Bearer <JWT>}, an HS256 JWT with {@code iss} = the
 * service id and {@code iat} = now, keyed with the UTF-8 bytes of the secret. Notify accepts an
 * {@code iat} within 30 s of its clock, so a token is minted per attempt from the injected clock.
 *
 * <p>The token is a pure function of the second it is issued in, so one minted this second is reused by
 * every attempt in the same second: identical bytes, no extra signing on the hot path.
 *
 * <p>The HMAC is nimbus' {@link MACSigner}, one cached per client, signing the JWS signing input
 * {@code base64url(header) + "." + base64url(claims)} directly. The header is one constant segment (the
 * bytes nimbus' {@link JWSObject} writes for this header) and the two claims are written with Jackson's
 * streaming generator ({@link JsonStreams}), as the SDK's mapper would write them: building a {@link JWSObject} serialises its header
 * through nimbus' shaded Gson, about 140 classes loaded on a fresh JVM's first send for a header that never
 * changes. The token is byte for byte the one {@code JWSObject} would produce (a test holds it to that).
 */
public final class NotifyJwtAuthenticator implements Authenticator {
  private static final JWSHeader HEADER = new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build();
  /** {@code HEADER} as nimbus serialises it, {@code {"typ":"JWT","alg":"HS256"}}, base64url-encoded, then the dot. */
  private static final String HEADER_SEGMENT = Base64URL.encode("{\"typ\":\"JWT\",\"alg\":\"HS256\"}") + ".";

  private final String serviceId;
  private final MACSigner signer;
  private final Clock clock;
  private volatile Minted last;

  private record Minted(long epochSecond, Map<String, String> headers) {}

  /**
   * Creates the authenticator.
   *
   * @param key the parsed API key
   * @param clock the clock for {@code iat}
   */
  public NotifyJwtAuthenticator(NotifyApiKey key, Clock clock) {
    this.serviceId = key.serviceId();
    this.clock = clock;
    try {
      this.signer = new MACSigner(key.secret().getBytes(StandardCharsets.UTF_8));
    } catch (JOSEException e) {
      throw new IllegalArgumentException("The GOV.UK Notify API key's secret cannot key HS256", e);
    }
  }

  @Override
  public Map<String, String> headers() {
    long now = clock.instant().getEpochSecond();
    Minted m = last;
    if (m != null && m.epochSecond == now) {
      return m.headers;
    }
    Map<String, String> headers = Map.of("Authorization", "Bearer " + mint(now));
    last = new Minted(now, headers);
    return headers;
  }

  /** Mints a token issued at a second since the epoch. */
  String mint(long epochSecond) {
    byte[] claims = JsonStreams.write(g -> {
      g.writeStartObject();
      g.writeStringField("iss", serviceId);
      g.writeNumberField("iat", epochSecond);
      g.writeEndObject();
    });
    String signingInput = HEADER_SEGMENT + Base64URL.encode(claims);
    try {
      return signingInput + "." + signer.sign(HEADER, signingInput.getBytes(StandardCharsets.US_ASCII));
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not sign the GOV.UK Notify token", e);
    }
  }

  @Override
  public String toString() {
    return "NotifyJwtAuthenticator{iss=" + serviceId + '}';
  }
}
