/**
 * Spring Security sign-in with GOV.UK One Login: {@link io.github.councilplatform.spring.boot.security.OneLoginSecurity#oneLogin()}
 * makes a {@code SecurityFilterChain} sign residents in through the starter's {@code OneLoginApi}, which does the
 * whole relying-party protocol (private_key_jwt, PKCE, nonce, {@code vtr}, the identity {@code claims} request,
 * ES256 ID token and core identity verification, userinfo). The signed-in principal is a
 * {@link io.github.councilplatform.spring.boot.security.OneLoginUser}, an {@code OidcUser} with the typed verified
 * identity.
 */
package io.github.councilplatform.spring.boot.security;
