package io.github.councilplatform.examples.journeys;

import io.github.councilplatform.examples.Journey;
import io.github.councilplatform.examples.support.Browser;
import io.github.councilplatform.examples.support.CouncilService;
import io.github.councilplatform.examples.support.JourneyContext;
import io.github.councilplatform.examples.support.Page;
import io.github.councilplatform.examples.support.Show;
import io.github.councilplatform.examples.support.Steps;
import io.github.councilplatform.identity.OneLoginApi;
import io.github.councilplatform.identity.SignInResult;
import io.github.councilplatform.identity.SignInStart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * Journey 6, sign out: a resident is signed in on a laptop and a phone. They sign out on the laptop: the
 * council ends that session and sends the browser to One Login's end-session URI (front-channel); One Login
 * then posts a signed logout token to the council's back-channel endpoint, which ends the phone's session
 * too. A forged logout token is rejected.
 */
public final class SignOutJourney implements Journey {
  /** A sandbox test resident who signs in without proving their identity. */
  static final String RESIDENT = "alex-sign-in-only";

  @Override
  public String name() {
    return "sign-out";
  }

  @Override
  public String title() {
    return "Sign out: front-channel logout, and a back-channel logout token ending the other session";
  }

  @Override
  public void run(JourneyContext ctx) throws Exception {
    Steps steps = ctx.steps();
    OneLoginApi oneLogin = ctx.platforms().oneLoginClient();
    CouncilService council = ctx.council();

    try (Browser laptop = ctx.openBrowser(); Browser phone = ctx.openBrowser()) {
      ctx.requireSignInPossible(laptop);
      SignInResult onLaptop = signIn(steps, oneLogin, laptop, "laptop");
      String laptopSession = council.startSession(onLaptop.subject());
      SignInResult onPhone = signIn(steps, oneLogin, phone, "phone");
      String phoneSession = council.startSession(onPhone.subject());
      steps.check(onLaptop.subject().equals(onPhone.subject()), "both sign-ins should be the same resident");

      // Front-channel: the council ends its own session, then sends the browser to One Login to end that too.
      council.endSession(laptopSession);
      String state = UUID.randomUUID().toString();
      URI logout = steps.call("oneLogin.endSessionUri(idToken, state)",
          () -> oneLogin.endSessionUri(onLaptop.idToken(), state),
          u -> "send the laptop's browser to " + Steps.shortUrl(u));
      Page signedOut = steps.call("resident signs out at One Login", () -> laptop.open(logout, "sign out"),
          p -> "back at " + p.url().getPath() + (p.heading().isEmpty() ? "" : ": \"" + p.heading() + "\""));
      if (!laptop.isPerson()) {
        steps.check(signedOut.isAt(CouncilService.SIGNED_OUT), "the browser should end on the signed-out page");
      }

      // Back-channel: One Login posts a logout token; the endpoint verified it and ended every session of the
      // resident, including the phone's.
      if (ctx.platforms().callbacksReachable()) {
        steps.call("await One Login's back-channel logout token",
            () -> council.loggedOutSubjects.await(onLaptop.subject()::equals, Duration.ofSeconds(30))
                .orElseThrow(() -> new IllegalStateException("no logout token within 30 s")),
            s -> "token verified for subject " + Show.id(s) + "; the phone's session is "
                + (council.isSignedIn(phoneSession) ? "still active" : "ended"));
        steps.check(!council.isSignedIn(phoneSession), "the back-channel logout should end the phone's session");
      } else {
        steps.note("One Login cannot reach this machine (set EXAMPLES_PUBLIC_URL) for back-channel logout");
      }
    }

    // A forged logout token is rejected: the endpoint answers 400 and ends nothing.
    HttpClient attacker = HttpClient.newHttpClient();
    int status = steps.call("POST a forged logout token",
        () -> attacker.send(HttpRequest.newBuilder(council.url(CouncilService.BACK_CHANNEL_LOGOUT))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("logout_token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."))
            .build(), HttpResponse.BodyHandlers.discarding()).statusCode(),
        s -> "answered " + s);
    steps.check(status == 400, "a forged logout token should be answered 400");
  }

  private static SignInResult signIn(Steps steps, OneLoginApi oneLogin, Browser browser, String device)
      throws Exception {
    SignInStart start = steps.call("oneLogin.startSignIn() on the " + device, oneLogin::startSignIn,
        s -> "send the resident to " + Steps.shortUrl(s.authorizationUri()));
    Page back = steps.call("resident signs in on the " + device,
        () -> browser.signIn(start.authorizationUri(), RESIDENT),
        p -> "back at " + p.url().getPath());
    return steps.call("oneLogin.finishSignIn(callback, session)",
        () -> oneLogin.finishSignIn(back.url(), start.session()),
        u -> "subject " + Show.id(u.subject()) + ", email " + Show.email(u.email()));
  }
}
