/**
 * The resident parking permit as a Spring Boot web service on the SDK's starter: sign in with One Login and
 * prove identity, pay on GOV.UK Pay, the permit by email and text, and Pay's webhooks, Notify's delivery receipts
 * and One Login's back-channel logouts arriving at the starter's endpoints. Run it against the sandbox with one
 * command (examples/README.md).
 */
package io.github.councilplatform.examples.spring;
