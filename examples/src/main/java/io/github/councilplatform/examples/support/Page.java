package io.github.councilplatform.examples.support;

import java.net.URI;

/**
 * Where a browser ended up.
 *
 * @param url the page's address
 * @param title the page's title (empty when a person drives the browser)
 * @param heading the page's first heading (empty when a person drives the browser)
 */
public record Page(URI url, String title, String heading) {

  /**
   * Whether the browser is on a path.
   *
   * @param path for example {@code /permit/return}
   * @return whether the page's path is that path
   */
  public boolean isAt(String path) {
    return path.equals(url.getPath());
  }
}
