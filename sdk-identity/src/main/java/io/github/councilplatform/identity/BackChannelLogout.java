package io.github.councilplatform.identity;

/**
 * A verified back-channel logout from One Login: end every session you hold for {@link #subject()}, then
 * answer HTTP 200.
 *
 * @param subject the user's pairwise subject identifier ({@code sub}), as in {@link SignInResult#subject()}
 */
public record BackChannelLogout(String subject) {}
