package io.github.councilplatform.identity.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import io.github.councilplatform.core.internal.ApiResponse;
import io.github.councilplatform.core.internal.Json;
import java.text.ParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A did:web document holding the core identity signing keys: its {@code id} (the controller every
 * {@code kid} must name) and each {@code assertionMethod} P-256 key by its full id.
 *
 * @param id the document's {@code id}, for example {@code did:web:identity.account.gov.uk}
 * @param keys assertion method keys by full id ({@code <id>#<key id>})
 */
record DidDocument(String id, Map<String, ECKey> keys) {
  private static final Logger LOG = LoggerFactory.getLogger(DidDocument.class);

  static DidDocument parse(ApiResponse response) {
    String what = "the DID document";
    JsonNode root = Responses.object(response, what);
    String id = Responses.requiredText(response, root, "id", what);
    Map<String, ECKey> keys = new HashMap<>();
    JsonNode methods = root.get("assertionMethod");
    if (methods != null && methods.isArray()) {
      for (JsonNode m : methods) {
        if (!m.isObject() || !m.hasNonNull("id") || !m.hasNonNull("publicKeyJwk")) {
          continue;
        }
        String methodId = m.get("id").asText();
        String fullId = methodId.startsWith("#") ? id + methodId : methodId;
        String controller = m.hasNonNull("controller") ? m.get("controller").asText() : id;
        if (!controller.equals(id)) {
          LOG.warn("Ignoring DID assertion method {}: its controller is not the document id", fullId);
          continue;
        }
        try {
          ECKey key = ECKey.parse(Json.mapper().writeValueAsString(m.get("publicKeyJwk")));
          if (Curve.P_256.equals(key.getCurve())) {
            keys.put(fullId, key);
          }
        } catch (ParseException | com.fasterxml.jackson.core.JsonProcessingException e) {
          LOG.warn("Ignoring DID assertion method {}: its publicKeyJwk is not an EC key", fullId);
        }
      }
    }
    return new DidDocument(id, Collections.unmodifiableMap(keys));
  }
}
