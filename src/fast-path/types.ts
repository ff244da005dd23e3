/**
 * The type of the server's generated fast paths (paths.generated.ts): apart from the code
 * that reads them, so that the generated file imports nothing that imports it.
 */

/** One common shape, as generated: capture groups by number. */
export interface FastPath {
  /** The browser's key in BROWSER_SHAPES. */
  key: string;
  /** The agent rule the full parse applies (src/detect/agent-rules.ts). */
  rule: string;
  /** First letters of the platforms it accepts (after `Mozilla/5.0 (`): a cheap filter before the pattern. */
  platforms: string;
  /** Anchored, with no nested or overlapping quantifiers, so linear; read on at most 512 characters. */
  pattern: RegExp;
  /** Capture group of the version (`_` reads as `.`). */
  version: number;
  /** The systems the pattern can read, each with the capture group of its version: the first one present is the OS. */
  systems: ReadonlyArray<readonly [string, number]>;
  /**
   * Capture group of the only free text in the pattern, to be checked for a TV's tokens
   * (device-rules.ts); everything else is fixed text that cannot spell one.
   */
  free?: number;
  /**
   * The free text is a product's own words (Opera's edition), checked for a tool's tokens
   * too; an Android device model is not (model-field.ts: phones are named "M bot 54").
   */
  tool?: true;
  /** The version is the iOS version: the OS token, or the version group where that is frozen (ios-version.ts). */
  iosVersion?: true;
}
