/** Implementation of the One Login relying party. Not API: may change in any release. */
package io.github.councilplatform.identity.internal;
