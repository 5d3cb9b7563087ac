/**
 * The sandbox's GOV.UK One Login: an OpenID Connect provider that behaves like the real one, inside the sandbox.
 *
 * <p>Served on the sandbox's base URL {@code B}:
 *
 * <ul>
 *   <li>{@code B/.well-known/openid-configuration} (issuer {@code B/}), {@code B/.well-known/jwks.json} (ES256 and
 *       RS256 keys with {@code kid}, {@code use}, {@code alg}; {@code Cache-Control: max-age=86400}),
 *       {@code B/trustmark};
 *   <li>core identity issuer {@code B/identity/}, DID document {@code B/identity/.well-known/did.json}
 *       ({@code did:web:<host>%3A<port>:identity}, {@code Cache-Control: max-age=3600, private});
 *   <li>{@code B/authorize} (real validation order, codes and descriptions), {@code B/sign-in} (pick a test
 *       resident; plain HTML), {@code B/token} (parameters checked first, {@code private_key_jwt}, RSA only,
 *       30 s {@code exp} leeway on real or sandbox time, no {@code jti} memory as in the real provider,
 *       single-use 5-minute codes, PKCE S256), {@code B/userinfo},
 *       {@code B/logout} (plus back-channel logout tokens POSTed to the client's registered URI).
 * </ul>
 *
 * <p>Admin API under {@code /_sandbox/one-login}: {@code GET /}; {@code GET|POST /users};
 * {@code PUT|DELETE /auto-approve} with {@code {"user": "<id>"}}; {@code GET|POST /clients} and
 * {@code GET|PUT|DELETE /clients/<id>} (fields {@code clientId}, {@code redirectUris},
 * {@code postLogoutRedirectUris}, {@code publicKey} (PEM or JWK) or {@code jwksUrl}, {@code scopes},
 * {@code idTokenSigningAlgorithm} ES256|RS256, {@code pkceEnforced}, {@code identityVerificationSupported},
 * {@code backChannelLogoutUri}, {@code permitMissingNonce}); {@code GET|PUT|DELETE /errors} with
 * {@code authoriseErrors}, {@code idTokenErrors}, {@code coreIdentityErrors} named as in GOV.UK's simulator;
 * {@code GET /keys}, {@code POST /keys/publish}, {@code POST /keys/use-new}, {@code POST /keys/retire-old};
 * {@code GET /back-channel-logouts}.
 */
package io.github.councilplatform.sandbox.onelogin;
