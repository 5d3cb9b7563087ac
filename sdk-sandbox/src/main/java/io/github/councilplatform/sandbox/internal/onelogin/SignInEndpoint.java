package io.github.councilplatform.sandbox.internal.onelogin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Map;

/** {@code GET/POST /sign-in}: the page where the integrator picks a test resident. */
final class SignInEndpoint {
  private final Provider provider;
  private final AuthorizeEndpoint authorize;

  SignInEndpoint(Provider provider, AuthorizeEndpoint authorize) {
    this.provider = provider;
    this.authorize = authorize;
  }

  ResponseDefinition show(Map<String, String> query) {
    Provider.Journey journey = journey(query.get("journey"));
    if (journey == null) {
      return Pages.error(400, "This sign-in link has expired or was already used. Start again from the service.");
    }
    return Pages.signIn(query.get("journey"), journey.request(), provider.residentList(), null);
  }

  ResponseDefinition submit(Map<String, String> form, String sessionCookie) {
    String id = form.get("journey");
    Provider.Journey journey = journey(id);
    if (journey == null) {
      return Pages.error(400, "This sign-in link has expired or was already used. Start again from the service.");
    }
    AuthRequest request = journey.request();
    if ("cancel".equals(form.get("action"))) {
      provider.journeys.remove(id);
      return AuthorizeEndpoint.errorRedirect(request.redirectUri(), new AuthorizeEndpoint.AuthError(
          "access_denied", "Access denied by resource owner or authorization server"), request.state(),
          request.fragment());
    }
    String user = form.get("user");
    Resident resident = user == null ? null : provider.residents.get(user);
    if (resident == null) {
      return Pages.signIn(id, request, provider.residentList(), "Choose a test resident");
    }
    if (provider.journeys.remove(id) == null) {
      return Pages.error(400, "This sign-in link has expired or was already used. Start again from the service.");
    }
    return authorize.complete(request, resident, sessionCookie);
  }

  private Provider.Journey journey(String id) {
    if (id == null) {
      return null;
    }
    Provider.Journey j = provider.journeys.get(id);
    return j == null || j.expires().isBefore(provider.now()) ? null : j;
  }
}
