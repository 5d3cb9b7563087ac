package io.github.councilplatform.spring.boot.security;

import com.nimbusds.jwt.JWTParser;
import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.identity.IdentityOutcome;
import io.github.councilplatform.identity.OneLoginApi;
import io.github.councilplatform.identity.SignInResult;
import java.net.URI;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Finishes a sign-in with {@code OneLoginApi.finishSignIn}, which checks the state, exchanges the code
 * (private_key_jwt, PKCE), verifies the ID token (signature on One Login's JWKS, issuer, audience, nonce,
 * {@code vot}), reads userinfo and verifies the core identity credential. Nothing is verified twice here: the ID
 * token's claims are only read, for Spring's {@code OidcIdToken}, once the SDK has verified them.
 */
final class OneLoginAuthenticationProvider implements AuthenticationProvider {

  private final OneLoginApi oneLogin;

  OneLoginAuthenticationProvider(OneLoginApi oneLogin) {
    this.oneLogin = oneLogin;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    OneLoginCallback callback = (OneLoginCallback) authentication;
    SignInResult result;
    try {
      result = oneLogin.finishSignIn(callback.callbackUri(), callback.session());
    } catch (CouncilPlatformException e) {
      throw new OneLoginAuthenticationException(e);
    }
    return new OneLoginAuthenticationToken(user(result));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return OneLoginCallback.class.isAssignableFrom(authentication);
  }

  static OneLoginUser user(SignInResult result) {
    OidcIdToken idToken = idToken(result);
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("sub", result.subject());
    result.emailAddress().ifPresent(email -> {
      info.put("email", email);
      info.put("email_verified", result.emailVerified());
    });
    result.phone().ifPresent(phone -> {
      info.put("phone_number", phone);
      info.put("phone_number_verified", result.phoneNumberVerified());
    });
    OidcUserInfo userInfo = new OidcUserInfo(info);
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new OidcUserAuthority(idToken, userInfo));
    authorities.add(new SimpleGrantedAuthority(OneLoginSecurity.SIGNED_IN));
    if (result.identityOutcome() == IdentityOutcome.PROVEN) {
      authorities.add(new SimpleGrantedAuthority(OneLoginSecurity.IDENTITY_PROVEN));
    }
    return new OneLoginUser(result, idToken, userInfo, authorities);
  }

  private static OidcIdToken idToken(SignInResult result) {
    Map<String, Object> claims = new LinkedHashMap<>();
    try {
      JWTParser.parse(result.idToken()).getJWTClaimsSet().getClaims().forEach((name, value) ->
          claims.put(name, value instanceof Date date ? date.toInstant() : value));
    } catch (ParseException e) {
      // The SDK verified and parsed this token a moment ago; failing now is a bug, not a forgery.
      throw new IllegalStateException("the verified ID token could not be read again", e);
    }
    claims.put("sub", result.subject());
    return new OidcIdToken(result.idToken(), (Instant) claims.get("iat"), (Instant) claims.get("exp"), claims);
  }

  /** The callback's query and the sign-in it answers, not yet verified. */
  static final class OneLoginCallback extends org.springframework.security.authentication.AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final URI callbackUri;
    private final transient io.github.councilplatform.identity.SignInSession session;

    OneLoginCallback(URI callbackUri, io.github.councilplatform.identity.SignInSession session) {
      super(List.of());
      this.callbackUri = callbackUri;
      this.session = session;
    }

    URI callbackUri() {
      return callbackUri;
    }

    io.github.councilplatform.identity.SignInSession session() {
      return session;
    }

    @Override
    public Object getCredentials() {
      return "";
    }

    @Override
    public Object getPrincipal() {
      return "";
    }
  }
}
