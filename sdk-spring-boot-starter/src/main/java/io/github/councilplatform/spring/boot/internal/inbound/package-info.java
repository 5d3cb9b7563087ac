/**
 * The inbound endpoints: one small adapter per platform turns the SDK's verifier into accept / 401 / 400, so a
 * change of the SDK's verification idiom stays inside the adapter.
 */
package io.github.councilplatform.spring.boot.internal.inbound;
