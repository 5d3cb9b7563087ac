package io.github.councilplatform.notify;

/**
 * A placeholder of a template ({@code personalisation} of a template response).
 *
 * @param required whether a value must be given when sending
 */
public record TemplatePlaceholder(boolean required) {}
