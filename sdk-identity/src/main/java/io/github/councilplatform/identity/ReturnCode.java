package io.github.councilplatform.identity;

/**
 * A return code from {@code https://vocab.account.gov.uk/v1/returnCode}: a single letter whose meaning
 * GOV.UK One Login tells each service directly.
 *
 * @param code the letter, for example {@code B}
 */
public record ReturnCode(String code) {}
