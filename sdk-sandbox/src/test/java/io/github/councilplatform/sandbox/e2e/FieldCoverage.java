package io.github.councilplatform.sandbox.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds fields the platform sent that a client's typed model dropped: every non-null field of the raw JSON must
 * come back non-null when the typed record is written out again (records map camelCase to snake_case).
 */
final class FieldCoverage {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private FieldCoverage() {}

  /**
   * The JSON paths present in {@code raw} but missing or null in {@code typed}, minus {@code ignored} (array
   * elements written as {@code []}, for example {@code events[]._links}).
   */
  static List<String> dropped(JsonNode raw, Object typed, Set<String> ignored) {
    List<String> out = new ArrayList<>();
    walk("", raw, MAPPER.valueToTree(typed), ignored, out);
    return out;
  }

  private static void walk(String path, JsonNode raw, JsonNode typed, Set<String> ignored, List<String> out) {
    if (ignored.contains(path.replaceAll("\\[\\d+]", "[]"))) {
      return;
    }
    if (raw == null || raw.isNull() || raw.isMissingNode() || (raw.isContainerNode() && raw.isEmpty())) {
      return;
    }
    if (typed == null || typed.isNull() || typed.isMissingNode()) {
      out.add(path);
      return;
    }
    if (raw.isObject()) {
      raw.properties().forEach(e -> walk(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(),
          typed.get(e.getKey()), ignored, out));
    } else if (raw.isArray() && typed.isArray()) {
      for (int i = 0; i < raw.size(); i++) {
        walk(path + "[" + i + "]", raw.get(i), typed.get(i), ignored, out);
      }
    }
  }
}
