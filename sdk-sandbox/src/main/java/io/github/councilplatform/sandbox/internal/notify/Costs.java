package io.github.councilplatform.sandbox.internal.notify;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cost fields of a notification ({@code is_cost_data_ready}, {@code cost_in_pounds}, {@code cost_details}).
 * Cost data is ready once a message has been sent: an email costs nothing; a text message is billed per
 * fragment (160 characters, or 153 each when split; 70 and 67 for text outside the GSM alphabet) at the sandbox's
 * rate, doubled for international numbers. Letters keep their cost data not ready. Call inside the service lock.
 */
final class Costs {
  /** The per-fragment rate the sandbox uses (Notify's rate changes each April). */
  static final BigDecimal SMS_RATE = new BigDecimal("0.0227");

  private static final String GSM = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
      + "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€";

  private Costs() {}

  static void put(Map<String, Object> json, Notification n) {
    boolean ready = !n.type.equals("letter") && n.sentAt != null;
    json.put("is_cost_data_ready", ready);
    if (!ready) {
      json.put("cost_in_pounds", null);
      json.put("cost_details", Map.of());
      return;
    }
    if (n.type.equals("email")) {
      json.put("cost_in_pounds", 0.0);
      json.put("cost_details", Map.of());
      return;
    }
    int fragments = fragments(n.body);
    int multiplier = n.international ? 2 : 1;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("billable_sms_fragments", fragments);
    details.put("international_rate_multiplier", (double) multiplier);
    details.put("sms_rate", SMS_RATE.doubleValue());
    json.put("cost_in_pounds", SMS_RATE.multiply(BigDecimal.valueOf((long) fragments * multiplier))
        .setScale(4, RoundingMode.HALF_UP).doubleValue());
    json.put("cost_details", details);
  }

  /** How many SMS fragments a body takes. */
  static int fragments(String body) {
    boolean gsm = body.chars().allMatch(c -> GSM.indexOf(c) >= 0);
    int single = gsm ? 160 : 70;
    int part = gsm ? 153 : 67;
    int length = body.length();
    return length <= single ? 1 : (length + part - 1) / part;
  }
}
