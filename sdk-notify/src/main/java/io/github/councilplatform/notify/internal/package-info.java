/**
 * Implementation of the Notify client: API-key parsing, JWT minting, request bodies, response envelopes,
 * callback parsing and client-side checks. Not API: it may change in any release.
 */
package io.github.councilplatform.notify.internal;
