package io.github.councilplatform.spring.boot.actuate;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Hides the starter's secrets (API keys, webhook signing secrets, callback bearer tokens, the One Login private
 * key) from {@code /actuator/env} and {@code /actuator/configprops}, even when an application sets
 * {@code management.endpoint.*.show-values=always}. Matches the property's last segment, with or without
 * dashes and list indexes, so the relaxed names of the bound beans are hidden too.
 */
public final class CouncilPlatformSanitizingFunction implements SanitizingFunction {

  private static final Pattern SECRET = Pattern.compile(
      "(^|\\.)(apikey|webhooksecrets|callbackbearertokens|privatekey)(\\[\\d+])?$");

  @Override
  public SanitizableData apply(SanitizableData data) {
    if (data.getValue() == null) {
      return data;
    }
    String key = data.getKey().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    return SECRET.matcher(key).find() ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
  }
}
