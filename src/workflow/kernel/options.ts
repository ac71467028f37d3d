/**
 * The options the machines take: the evaluation's (guidance, law) and the key that seals a
 * record's history.
 *
 * @module
 */
import type { EvaluationOptions } from '../../rules/options.js';

/**
 * The secret key of the seals: bytes, or a string used as its UTF-8 bytes (a 64-character hex
 * string from `openssl rand -hex 32` is fine). At least 32 bytes. Keep it outside the database
 * that holds the records — in the application's environment or a secrets manager.
 *
 * @example
 * ```ts
 * import type { SealKey } from 'thi-dua-vi-nguoi-ngheo';
 * const key: SealKey = '3f1d0c9a7b6e5d4c3b2a19081726354453627180a9b8c7d6e5f40312233445566';
 * ```
 */
export type SealKey = string | Uint8Array;

/**
 * How a record is sealed: each history entry carries an HMAC-SHA-256 of the seal before it and of
 * its own canonical JSON, and the record a seal of the whole chain (docs/workflow.md "Tamper
 * evidence").
 *
 * @example
 * ```ts
 * import type { SealOptions } from 'thi-dua-vi-nguoi-ngheo';
 * const seal: SealOptions = { key: new Uint8Array(32).fill(7) };
 * ```
 */
export type SealOptions = {
  /** The secret key (at least 32 bytes). */
  readonly key: SealKey;
};

/**
 * The options of the nomination machine, its record parser and `createNominationRecord`: the
 * evaluation's options (the annual guidance, the law; see `EvaluationOptions`) and `seal`, the
 * key that seals the history. Without `seal`, records carry no seals and a consistent rewrite of
 * the history cannot be told from the real one.
 *
 * @example
 * ```ts
 * import type { WorkflowOptions } from 'thi-dua-vi-nguoi-ngheo';
 * const options: WorkflowOptions = { dossier: 'law-default', seal: { key: 'a secret of at least thirty-two bytes!!' } };
 * ```
 */
export interface WorkflowOptions extends EvaluationOptions {
  /** The key that seals the history (and that a reload checks the seals with). */
  readonly seal?: SealOptions;
}

/**
 * The options of the campaign record: the key that seals its history.
 *
 * @example
 * ```ts
 * import type { CampaignOptions } from 'thi-dua-vi-nguoi-ngheo';
 * const options: CampaignOptions = { seal: { key: 'a secret of at least thirty-two bytes!!' } };
 * ```
 */
export type CampaignOptions = {
  /** The key that seals the history (and that a reload checks the seals with). */
  readonly seal?: SealOptions;
};
