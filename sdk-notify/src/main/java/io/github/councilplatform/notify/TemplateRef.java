package io.github.councilplatform.notify;

import java.net.URI;
import java.util.UUID;

/**
 * The template a notification was made from, as Notify returns it in {@code template}.
 *
 * @param id the template id
 * @param version the template version used
 * @param uri Notify's URI for the template
 */
public record TemplateRef(UUID id, int version, URI uri) {}
