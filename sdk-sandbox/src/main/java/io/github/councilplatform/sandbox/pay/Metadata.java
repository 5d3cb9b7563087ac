package io.github.councilplatform.sandbox.pay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Payment metadata rules (pay-java-commons {@code ExternalMetadata} and {@code ValidExternalMetadata}): at most
 * 15 pairs, keys 1–30 characters and unique ignoring case, no null values, values strings, numbers or booleans
 * whose text is at most 100 characters. Every violation is joined into one 422 P0102, as publicapi's
 * {@code RequestJsonParser.validateAndGetMetadata} (L309-337) joins the constraint messages.
 */
final class Metadata {
  /** Reads values as publicapi does ({@code objectMapper.convertValue(node, Map.class)}), for their text. */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Metadata() {}

  /** Validates and returns the metadata map, or throws the 422. */
  static Map<String, Object> parse(JsonNode node) {
    if (node == null || node.isNull()) {
      throw invalid("Value must not be null");
    }
    if (!node.isObject()) {
      throw invalid("Must be an object of JSON key-value pairs");
    }
    List<String> problems = new ArrayList<>();
    Map<String, Object> out = new LinkedHashMap<>();
    Set<String> lower = new HashSet<>();
    boolean badKey = false;
    boolean badType = false;
    boolean tooLong = false;
    boolean nullValue = false;
    boolean duplicate = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode v = e.getValue();
      if (key.isEmpty() || key.length() > 30) {
        badKey = true;
      }
      if (!lower.add(key.toLowerCase(Locale.ROOT))) {
        duplicate = true;
      }
      if (v.isNull()) {
        // MapValueNotNullValidator: a rule of its own; the type and length checks skip nulls.
        nullValue = true;
        continue;
      }
      Object value = MAPPER.convertValue(v, Object.class);
      if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
        badType = true;
      }
      // MapValueAsStringLengthValidator measures toString() of every non-null value, nested ones included.
      if (value.toString().length() > 100) {
        tooLong = true;
      }
      out.put(key, value);
    }
    if (node.size() > 15) {
      problems.add("Cannot have more than 15 key-value pairs");
    }
    if (badKey) {
      problems.add("Keys must be between 1 and 30 characters long");
    }
    if (badType) {
      problems.add("Values must be of type String, Boolean or Number");
    }
    if (tooLong) {
      problems.add("Values must be no greater than 100 characters long");
    }
    if (nullValue) {
      problems.add("Must not have null values");
    }
    if (duplicate) {
      problems.add("Must have case insensitive unique keys");
    }
    if (!problems.isEmpty()) {
      throw invalid(String.join(". ", problems));
    }
    return out;
  }

  private static PayError invalid(String why) {
    return PayError.invalid(422, "P0102", "metadata", why);
  }
}
