package io.github.councilplatform.pay.internal;

import io.github.councilplatform.pay.Link;

/** The navigation links of a search page. */
public record SearchLinks(Link self, Link firstPage, Link lastPage, Link prevPage, Link nextPage) {}
