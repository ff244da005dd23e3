/**
 * The types of the first stage's generated tables (shapes.generated.ts): apart from the code
 * that reads them, so that the generated file imports nothing that imports it.
 */

/** A shape: parts in order, each its choices joined by `|` (see FIRST_STAGE in src/shapes/browser-shapes.ts). */
export type Shape = readonly string[];

/** One version group's bound. */
export interface GroupBound {
  /** The browserslist agent whose minimum the version must meet. */
  agent: string;
  /**
   * Not strict, the engine's minimum lets it through too: the version read is that
   * engine's own token (`Chrome/`, `Firefox/`), as the engine capability check reads it.
   */
  engine?: string;
  /** Unbounded when not strict: the shape's other group (`Chrome/`) passes it through the engine check. */
  strictOnly?: true;
  /** With more than one touch point (a Mac that is an iPad in desktop mode), this agent's minimum too: the larger bounds it. */
  touch?: string;
}
