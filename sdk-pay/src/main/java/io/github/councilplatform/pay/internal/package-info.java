/**
 * The implementation of {@code sdk-pay}: request rules, wire bodies and search paging. Not API: it may change
 * in any release.
 */
package io.github.councilplatform.pay.internal;
